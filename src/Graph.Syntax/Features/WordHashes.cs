namespace Graph.Syntax.Features;

/// <summary>
/// Per-word hashes of one sentence (form, lower case, affixes, shape, flags) computed once and shared by the tagger
/// and the parser, plus the sentence's predicted tags. Reused between sentences so the hot path does not allocate.
/// </summary>
internal sealed class WordHashes
{
    /// <summary>Longest prefix and suffix length with a feature of its own.</summary>
    public const int Affixes = 4;

    /// <summary>Flag: the first character is upper case.</summary>
    public const int InitialCapital = 1;

    /// <summary>Flag: every letter is upper case.</summary>
    public const int AllCapitals = 2;

    /// <summary>Flag: the word contains a digit.</summary>
    public const int HasDigit = 4;

    /// <summary>Flag: the word contains a hyphen.</summary>
    public const int HasHyphen = 8;

    /// <summary>Flag: the word is the first of the sentence.</summary>
    public const int First = 16;

    /// <summary>Flag: the word contains a period.</summary>
    public const int HasPeriod = 32;

    /// <summary>Flag: the word has no letter.</summary>
    public const int NoLetter = 64;

    private int _capacity;

    /// <summary>Number of words loaded.</summary>
    public int Count { get; private set; }

    /// <summary>Hash of each word as written.</summary>
    public ulong[] Form { get; private set; } = [];

    /// <summary>Hash of each word in lower case.</summary>
    public ulong[] Lower { get; private set; } = [];

    /// <summary>Hash of each word's shape ("Xx", "dd.d", "x-x").</summary>
    public ulong[] Shape { get; private set; } = [];

    /// <summary>Prefix hashes, <see cref="Affixes"/> per word (lengths 1..4, the whole word when shorter).</summary>
    public ulong[] Prefix { get; private set; } = [];

    /// <summary>Suffix hashes, <see cref="Affixes"/> per word.</summary>
    public ulong[] Suffix { get; private set; } = [];

    /// <summary>Spelling flags of each word.</summary>
    public int[] Flags { get; private set; } = [];

    /// <summary>Hash of the set of tags training saw each word with (its ambiguity class), set by the tagger.</summary>
    public ulong[] Ambiguity { get; private set; } = [];

    /// <summary>The joint tag of each word after the tagger's first pass, which its second pass looks ahead at.</summary>
    public int[] FirstPass { get; private set; } = [];

    /// <summary>Predicted (or given) joint tag of each word.</summary>
    public int[] Tags { get; private set; } = [];

    /// <summary>Loads the words of a sentence.</summary>
    public void Load(IReadOnlyList<string> words)
    {
        int n = words.Count;
        if (n > _capacity)
        {
            _capacity = Math.Max(n, _capacity * 2);
            Form = new ulong[_capacity];
            Lower = new ulong[_capacity];
            Shape = new ulong[_capacity];
            Prefix = new ulong[_capacity * Affixes];
            Suffix = new ulong[_capacity * Affixes];
            Flags = new int[_capacity];
            Tags = new int[_capacity];
            Ambiguity = new ulong[_capacity];
            FirstPass = new int[_capacity];
        }

        Count = n;
        for (int i = 0; i < n; i++)
        {
            Hash(words[i].AsSpan(), i);
        }

        if (n > 0)
        {
            Flags[0] |= First;
        }
    }

    private void Hash(ReadOnlySpan<char> word, int i)
    {
        Form[i] = FeatureHash.Of(word);
        Lower[i] = FeatureHash.OfLower(word);
        for (int k = 0; k < Affixes; k++)
        {
            int length = Math.Min(k + 1, word.Length);
            Prefix[(i * Affixes) + k] = FeatureHash.OfLower(word[..length]);
            Suffix[(i * Affixes) + k] = FeatureHash.OfLower(word[^length..]);
        }

        ulong shape = 0xCBF29CE484222325UL;
        char last = '\0';
        int run = 0;
        int flags = 0;
        bool anyLetter = false;
        bool anyLower = false;
        foreach (char c in word)
        {
            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                anyLetter = true;
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                anyLetter = true;
                anyLower = true;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                flags |= HasDigit;
            }
            else
            {
                s = c;
                if (c == '-')
                {
                    flags |= HasHyphen;
                }
                else if (c == '.')
                {
                    flags |= HasPeriod;
                }
            }

            // Runs longer than two collapse: "Xxxx" and "Xxxxxxx" share the shape "Xxx".
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                shape = (shape ^ s) * 0x100000001B3UL;
            }
        }

        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= InitialCapital;
        }

        if (anyLetter && !anyLower)
        {
            flags |= AllCapitals;
        }

        if (!anyLetter)
        {
            flags |= NoLetter;
        }

        Shape[i] = FeatureHash.Finish(shape);
        Flags[i] = flags;
    }
}
