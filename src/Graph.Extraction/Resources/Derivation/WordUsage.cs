namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// How English text writes words: which words are ordinary (a treebank writes them in lower case and does not tag them
/// a proper noun), and in which case the treebank and a corpus of running text write each word: in capitals (an
/// acronym), with an initial capital, or in a mixed case of its own ("PepsiCo").
/// </summary>
public sealed class WordUsage
{
    /// <summary>A word is ordinary English when the treebank writes it in lower case at least this often.</summary>
    internal const int MinOrdinaryCount = 1;

    /// <summary>A case of its own, or capitals, is how a word is written only when text shows it at least this often.</summary>
    public const int MinEvidence = 2;

    private readonly Dictionary<string, int> _ordinary;
    private readonly WordCaseCounts _cases;

    private WordUsage(Dictionary<string, int> ordinary, WordCaseCounts cases)
    {
        _ordinary = ordinary;
        _cases = cases;
    }

    /// <summary>No counts: no word is ordinary, no word is an acronym by usage.</summary>
    public static WordUsage Empty { get; } = new([], new WordCaseCounts());

    /// <summary>Counts the word forms of a CoNLL-U treebank.</summary>
    public static WordUsage FromConllu(string text) => From(text, []);

    /// <summary>
    /// Counts the word forms of a CoNLL-U treebank, which alone tells ordinary words, and the words of running texts
    /// (<see cref="WordCaseCounts.AddText"/>), which add to the counts of how each word is written.
    /// </summary>
    public static WordUsage From(string conllu, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(conllu);
        ArgumentNullException.ThrowIfNull(texts);
        var ordinary = new Dictionary<string, int>(StringComparer.Ordinal);
        var cases = new WordCaseCounts();
        foreach (string raw in conllu.Split('\n'))
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

            if (form == form.ToLowerInvariant() && columns[3] != "PROPN")
            {
                ordinary[form] = ordinary.GetValueOrDefault(form) + 1;
            }

            cases.AddWords(form);
        }

        foreach (string text in texts)
        {
            cases.AddText(text);
        }

        return new WordUsage(ordinary, cases);
    }

    /// <summary>True when <paramref name="word"/> (any case) is an ordinary English word: the treebank writes it in lower case.</summary>
    public bool IsOrdinary(string word) => _ordinary.GetValueOrDefault(word.ToLowerInvariant()) >= MinOrdinaryCount;

    /// <summary>
    /// True when text writes <paramref name="word"/> in lower case more often than not, and at least
    /// <see cref="MinEvidence"/> times ("cornerstone"): alone, it is a common word rather than a name.
    /// </summary>
    public bool IsWrittenInLowerCase(string word) =>
        _cases.Get(word) is { } counts && counts.Lower >= MinEvidence && counts.Lower * 2 > counts.Total;

    /// <summary>
    /// True when text writes <paramref name="word"/> in capitals more often than not, and at least
    /// <see cref="MinEvidence"/> times: an acronym. A word of two letters in lower case is most often another word ("US"
    /// and "us"): its lower-case uses do not count.
    /// </summary>
    public bool IsWrittenInCapitals(string word) =>
        _cases.Get(word) is { } counts && counts.Capitals >= MinEvidence
        && counts.Capitals > counts.Initial + counts.Mixed + (word.Length > 2 ? counts.Lower : 0);

    /// <summary>
    /// True when text writes <paramref name="word"/> with an initial capital more often than in capitals, and at least
    /// <see cref="MinEvidence"/> times.
    /// </summary>
    public bool IsWrittenCapitalized(string word) =>
        _cases.Get(word) is { } counts && counts.Initial >= MinEvidence && counts.Initial > counts.Capitals;

    /// <summary>
    /// The mixed-case form ("PepsiCo") text writes <paramref name="word"/> in, at least <see cref="MinEvidence"/> times
    /// and more often than in capitals or with an initial capital, or null.
    /// </summary>
    public string? MixedForm(string word) =>
        _cases.Get(word) is { } counts && counts.Mixed >= MinEvidence && counts.Mixed > counts.Capitals && counts.Mixed > counts.Initial ? counts.MixedForm : null;

    /// <summary>
    /// The words text writes in lower case more often than not (<see cref="IsWrittenInLowerCase"/>) and also with an
    /// initial capital at least <see cref="MinEvidence"/> times, in lower case and ordinal order: the ordinary words a
    /// heading or a sentence's start can make look like a name ("Expanding Access").
    /// </summary>
    public IEnumerable<string> OrdinaryCapitalizedWords() =>
        _cases.Words.Where(w => IsWrittenInLowerCase(w) && _cases.Get(w)!.Initial >= MinEvidence).Order(StringComparer.Ordinal);

    /// <summary>True when text writes <paramref name="word"/> in any case.</summary>
    public bool IsKnown(string word) => _cases.Get(word) is not null;
}
