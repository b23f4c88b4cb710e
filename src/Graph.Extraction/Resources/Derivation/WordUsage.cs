namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// How English text writes words, counted over a treebank in CoNLL-U: which words are ordinary (written in lower case
/// and not tagged a proper noun) and which are written in capitals (acronyms) rather than with an initial capital.
/// </summary>
public sealed class WordUsage
{
    /// <summary>A word is ordinary English when the treebank writes it in lower case at least this often.</summary>
    internal const int MinOrdinaryCount = 1;

    private readonly Dictionary<string, int> _lower;
    private readonly Dictionary<string, int> _capitals;
    private readonly Dictionary<string, int> _initial;

    private WordUsage(Dictionary<string, int> lower, Dictionary<string, int> capitals, Dictionary<string, int> initial)
    {
        _lower = lower;
        _capitals = capitals;
        _initial = initial;
    }

    /// <summary>No counts: no word is ordinary, no word is an acronym by usage.</summary>
    public static WordUsage Empty { get; } = new([], [], []);

    /// <summary>Counts the word forms of a CoNLL-U treebank.</summary>
    public static WordUsage FromConllu(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, int>(StringComparer.Ordinal);
        var initial = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string raw in text.Split('\n'))
        {
            string[] columns = raw.TrimEnd('\r').Split('\t');
            if (columns.Length < 4 || raw.StartsWith('#') || !columns[0].All(char.IsAsciiDigit))
            {
                continue;
            }

            string form = columns[1];
            if (!form.Any(char.IsLetter))
            {
                continue;
            }

            string key = form.ToLowerInvariant();
            if (form == key)
            {
                if (columns[3] != "PROPN")
                {
                    lower[key] = lower.GetValueOrDefault(key) + 1;
                }
            }
            else if (form.Length >= 2 && form == form.ToUpperInvariant())
            {
                capitals[key] = capitals.GetValueOrDefault(key) + 1;
            }
            else if (char.IsUpper(form[0]) && form[1..] == form[1..].ToLowerInvariant())
            {
                initial[key] = initial.GetValueOrDefault(key) + 1;
            }
        }

        return new WordUsage(lower, capitals, initial);
    }

    /// <summary>True when <paramref name="word"/> (any case) is an ordinary English word.</summary>
    public bool IsOrdinary(string word) => _lower.GetValueOrDefault(word.ToLowerInvariant()) >= MinOrdinaryCount;

    /// <summary>True when text writes <paramref name="word"/> in capitals more often than with an initial capital.</summary>
    public bool IsWrittenInCapitals(string word)
    {
        string key = word.ToLowerInvariant();
        return _capitals.GetValueOrDefault(key) > _initial.GetValueOrDefault(key);
    }

    /// <summary>True when text writes <paramref name="word"/> with an initial capital more often than in capitals.</summary>
    public bool IsWrittenCapitalized(string word)
    {
        string key = word.ToLowerInvariant();
        return _initial.GetValueOrDefault(key) > _capitals.GetValueOrDefault(key);
    }
}
