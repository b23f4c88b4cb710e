using Graph.Syntax.Features;

namespace Graph.Syntax.Names;

/// <summary>
/// Per-word hashes of one parsed sentence for the name recognizer: the spelling hashes the tagger uses
/// (<see cref="WordHashes"/>) plus the predicted tags and relations, and whether the sentence is written in title
/// case (a headline), where capitals say little. Reused between sentences so the hot path does not allocate.
/// </summary>
internal sealed class NameWords
{
    private int _capacity;

    /// <summary>The spelling hashes.</summary>
    public WordHashes Words { get; } = new();

    /// <summary>Number of words loaded.</summary>
    public int Count => Words.Count;

    /// <summary>Hash of each word's universal tag.</summary>
    public ulong[] Upos { get; private set; } = [];

    /// <summary>Hash of each word's Penn tag.</summary>
    public ulong[] Xpos { get; private set; } = [];

    /// <summary>Hash of each word's dependency relation.</summary>
    public ulong[] Relation { get; private set; } = [];

    /// <summary>Hash of the lower-case form of each word's head (the sentence start for the root).</summary>
    public ulong[] Head { get; private set; } = [];

    /// <summary>Each word's classes in the name lexicon (<see cref="NameWordClass"/>), as a hash.</summary>
    public ulong[] Lexical { get; private set; } = [];

    /// <summary>Whether most of the sentence's words of four letters or more start with a capital.</summary>
    public bool TitleCase { get; private set; }

    /// <summary>Loads a parsed sentence, looking its words up in <paramref name="lexicon"/>.</summary>
    public void Load(IReadOnlyList<SyntaxToken> tokens, NameLexicon lexicon)
    {
        int n = tokens.Count;
        var forms = new string[n];
        for (int i = 0; i < n; i++)
        {
            forms[i] = tokens[i].Form;
        }

        Words.Load(forms);
        if (n > _capacity)
        {
            _capacity = Math.Max(n, _capacity * 2);
            Upos = new ulong[_capacity];
            Xpos = new ulong[_capacity];
            Relation = new ulong[_capacity];
            Head = new ulong[_capacity];
            Lexical = new ulong[_capacity];
        }

        int longWords = 0;
        int capitalized = 0;
        for (int i = 0; i < n; i++)
        {
            Upos[i] = FeatureHash.Of(tokens[i].Upos);
            Xpos[i] = FeatureHash.Of(tokens[i].Xpos);
            Relation[i] = FeatureHash.Of(tokens[i].Relation);
            int head = tokens[i].Head;
            Head[i] = head >= 0 && head < n ? Words.Lower[head] : FeatureHash.OfInt(-1);
            Lexical[i] = FeatureHash.OfInt((int)lexicon.ClassOfLower(Words.Lower[i]));
            if (forms[i].Length >= 4 && char.IsLetter(forms[i][0]))
            {
                longWords++;
                if (char.IsUpper(forms[i][0]))
                {
                    capitalized++;
                }
            }
        }

        TitleCase = longWords >= 3 && capitalized * 4 >= longWords * 3;
    }
}
