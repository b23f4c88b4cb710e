using Graph.Extraction.Internal;
using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>
/// The verb lexicon and word lists: fact triggers, event patterns, noun roles, stop words per language,
/// abbreviations and boilerplate phrases. Immutable and thread-safe.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, VerbPattern[]> _patternsByHead;
    private readonly Dictionary<string, NounKind> _nouns;
    private readonly Dictionary<string, IReadOnlySet<string>> _functionWords;
    private readonly HashSet<string> _ordinaryWords;

    private Lexicon(
        Dictionary<string, VerbPattern[]> patterns,
        Dictionary<string, NounKind> nouns,
        IReadOnlyDictionary<string, IReadOnlySet<string>> stopWords,
        IReadOnlyList<string> abbreviations,
        IReadOnlyList<string> boilerplate,
        Dictionary<string, IReadOnlySet<string>> functionWords,
        EventPatternTable eventPatterns,
        HashSet<string> ordinaryWords)
    {
        _ordinaryWords = ordinaryWords;
        _functionWords = functionWords;
        EventPatterns = eventPatterns;
        _patternsByHead = patterns;
        _nouns = nouns;
        StopWords = stopWords;
        Abbreviations = abbreviations;
        BoilerplatePhrases = boilerplate;
    }

    /// <summary>Frequent function words by language code ("en", "fr" ...).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> StopWords { get; }

    /// <summary>Abbreviations (with their period) that do not end a sentence.</summary>
    public IReadOnlyList<string> Abbreviations { get; }

    /// <summary>Lower-case phrases that mark a paragraph as boilerplate.</summary>
    public IReadOnlyList<string> BoilerplatePhrases { get; }

    /// <summary>Event patterns (<c>events.tsv</c>): trigger lemmas with their support nouns, target places and predicates.</summary>
    public EventPatternTable EventPatterns { get; }

    /// <summary>English function words.</summary>
    public IReadOnlySet<string> EnglishStopWords => StopWords.GetValueOrDefault("en") ?? new HashSet<string>();

    /// <summary>Trigger patterns whose first word has the surface form <paramref name="lowerWord"/>, longest first.</summary>
    public IReadOnlyList<VerbPattern> PatternsStartingWith(string lowerWord) =>
        _patternsByHead.TryGetValue(lowerWord, out VerbPattern[]? patterns) ? patterns : [];

    /// <summary>The roles of a noun (case-sensitive: "Council" heads names, "council" heads bodies).</summary>
    public NounKind NounKindOf(string word) => _nouns.GetValueOrDefault(word);

    /// <summary>Function words of one kind (preposition, locative, reporting, particle, pronoun-person,
    /// pronoun-thing, pronoun-plural, determiner), lower case.</summary>
    public IReadOnlySet<string> FunctionWords(string kind) =>
        _functionWords.TryGetValue(kind, out IReadOnlySet<string>? words) ? words : EmptySet;

    /// <summary>
    /// True when <paramref name="lowerWord"/> (lower case) is an ordinary word that text also writes capitalized, in
    /// headings and at the start of sentences ("access", "support"): alone, it names no one.
    /// </summary>
    public bool IsOrdinaryWord(string lowerWord) => _ordinaryWords.Contains(lowerWord);

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    /// <summary>Builds the lexicon from the data files' contents.</summary>
    /// <param name="files">File contents by logical name (verbs, events, irregular-verbs, nouns, stopwords, abbreviations,
    /// boilerplate, function-words, ordinary-words).</param>
    /// <exception cref="FormatException">A row of the verb lexicon or of the event patterns is malformed.</exception>
    public static Lexicon Load(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var irregular = TsvReader.Rows(files.GetValueOrDefault("irregular-verbs") ?? string.Empty)
            .ToDictionary(r => TsvReader.Column(r, 0), r => TsvReader.List(r, 1).ToArray(), StringComparer.Ordinal);

        var patterns = new List<VerbPattern>();
        // A "between" pattern headed by a word that also heads a verb pattern ("mediate between") is inflected
        // like it ("mediated between"); one headed by a noun ("talks between") is not.
        var verbHeads = new HashSet<string>(
            TsvReader.Rows(files.GetValueOrDefault("verbs") ?? string.Empty)
                .Where(r => TsvReader.Column(r, 2) is "active" or "passive")
                .Select(r => TsvReader.Column(r, 0).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]),
            StringComparer.Ordinal);
        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("verbs") ?? string.Empty))
        {
            string pattern = TsvReader.Column(row, 0);
            string[] words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!PredicateInfo.TryParse(TsvReader.Column(row, 1), out PredicateInfo info))
            {
                throw new FormatException($"Unknown predicate in verb lexicon row '{string.Join('\t', row)}'.");
            }

            VerbForm form = Enum.Parse<VerbForm>(TsvReader.Column(row, 2), ignoreCase: true);
            double confidence = double.Parse(TsvReader.Column(row, 3), System.Globalization.CultureInfo.InvariantCulture);
            IEnumerable<string> heads = form is VerbForm.Noun or VerbForm.Adjective || (form == VerbForm.Between && !verbHeads.Contains(words[0]))
                ? [words[0]]
                : irregular.TryGetValue(words[0], out string[]? forms) ? forms : Inflector.Forms(words[0]);
            if (form == VerbForm.Passive)
            {
                // Passive triggers are past participles; "by" is looked for by the fact finder.
                heads = heads.Where(h => h.EndsWith("ed", StringComparison.Ordinal) || !h.EndsWith('s') && !h.EndsWith("ing", StringComparison.Ordinal));
            }

            patterns.Add(new VerbPattern(pattern, new HashSet<string>(heads, StringComparer.Ordinal), words[1..], info.Predicate, form, confidence));
        }

        var byHead = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        foreach (VerbPattern pattern in patterns)
        {
            foreach (string head in pattern.HeadForms)
            {
                if (!byHead.TryGetValue(head, out List<VerbPattern>? list))
                {
                    byHead[head] = list = [];
                }

                list.Add(pattern);
            }
        }

        var nouns = new Dictionary<string, NounKind>(StringComparer.Ordinal);
        foreach (string[] row in TsvReader.Rows(files.GetValueOrDefault("nouns") ?? string.Empty))
        {
            NounKind kind = Enum.Parse<NounKind>(TsvReader.Column(row, 1).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            string word = TsvReader.Column(row, 0);
            nouns[word] = nouns.GetValueOrDefault(word) | kind;
        }

        var stopWords = TsvReader.Rows(files.GetValueOrDefault("stopwords") ?? string.Empty).ToDictionary(
            r => TsvReader.Column(r, 0),
            r => (IReadOnlySet<string>)new HashSet<string>(TsvReader.Column(r, 1).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal),
            StringComparer.Ordinal);

        return new Lexicon(
            byHead.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Rest.Count).ToArray(), StringComparer.Ordinal),
            nouns,
            stopWords,
            [.. TsvReader.Rows(files.GetValueOrDefault("abbreviations") ?? string.Empty).Select(r => TsvReader.Column(r, 0))],
            [.. TsvReader.Rows(files.GetValueOrDefault("boilerplate") ?? string.Empty).Select(r => TsvReader.Column(r, 0).ToLowerInvariant())],
            TsvReader.Rows(files.GetValueOrDefault("function-words") ?? string.Empty).ToDictionary(
                r => TsvReader.Column(r, 0),
                r => (IReadOnlySet<string>)new HashSet<string>(TsvReader.Column(r, 1).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal),
                StringComparer.Ordinal),
            new EventPatternTable(LoadEventPatterns(files.GetValueOrDefault("events") ?? string.Empty)),
            new HashSet<string>(TsvReader.Rows(files.GetValueOrDefault("ordinary-words") ?? string.Empty).Select(r => TsvReader.Column(r, 0)), StringComparer.Ordinal));
    }

    private static IReadOnlyList<EventPattern> LoadEventPatterns(string text)
    {
        try
        {
            return EventPatternFormat.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new FormatException("events.tsv " + ex.Message, ex);
        }
    }
}
