using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Mentions;

/// <summary>Recognises the mentions of one sentence (see <see cref="MentionStage"/>).</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>Head of a pronoun mention that refers to the two parties named before ("both sides").</summary>
    internal const string PairHead = "both";

    /// <summary>Head of a plural reference to the parties of the latest meeting ("the leaders").</summary>
    internal const string ParticipantsHead = "participants";

    /// <summary>Head of a first-person singular pronoun: in a transcript, the speaker of the turn.</summary>
    internal const string SpeakerHead = "i";

    /// <summary>Head of a second-person pronoun: in a transcript, the one the speaker answers.</summary>
    internal const string AddresseeHead = "you";

    /// <summary>Articles, conjunctions and the possessive, which title case leaves in lower case beside prepositions.</summary>
    private static readonly HashSet<string> TitleCaseLowerWords =
        ["a", "an", "the", "and", "or", "but", "nor", "yet", "so", "as", "vs", "vs.", "v.", "'s", "\u2019s", "'", "\u2019",
            // Possessive determiners, which many title-case headlines leave in lower case ("… Announces Members of his Team").
            "his", "her", "its", "their", "our", "my", "your"];

    private readonly Gazetteer _gazetteer;
    private readonly Lexicon _lexicon;
    private readonly string _text;
    private readonly IReadOnlySet<string> _stopWords;
    private readonly IReadOnlySet<string> _particles;
    private readonly IReadOnlySet<string> _reporting;
    private readonly IReadOnlySet<string> _prepositions;
    private readonly IReadOnlySet<string> _determiners;
    private readonly IReadOnlySet<string> _notNames;
    private readonly IReadOnlySet<string> _saying;
    private readonly IReadOnlySet<string> _openers;
    private readonly Dictionary<string, TitleEntry> _titleAcronyms;

    public SentenceRecognizer(ExtractionResources resources, string text)
    {
        _gazetteer = resources.Gazetteer;
        _lexicon = resources.Lexicon;
        _text = text;
        _stopWords = _lexicon.EnglishStopWords;
        _particles = _lexicon.FunctionWords("particle");
        _reporting = _lexicon.FunctionWords("reporting");
        _prepositions = _lexicon.FunctionWords("preposition");
        _determiners = _lexicon.FunctionWords("determiner");
        _notNames = _lexicon.FunctionWords("not-name");
        _saying = _lexicon.FunctionWords("saying");
        _openers = _lexicon.FunctionWords("opener");
        _titleAcronyms = TitleAcronyms(text);
    }

    public List<EntityMention> Recognize(Sentence sentence)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        GazetteerEntry?[] gazetteer = MatchGazetteer(t, out int[] lengths);
        // Headlines and headings in title case capitalize every word: only known names are trusted there.
        bool titleCase = IsTitleCase(t);
        var result = new List<EntityMention>();
        int i = 0;
        while (i < t.Count)
        {
            int next = titleCase ? -1 : TryRegimeLeader(sentence, i, result);
            if (next < 0 && !titleCase)
            {
                next = TryPossessiveEvent(sentence, i, result);
            }

            if (next < 0)
            {
                next = TryTitledPerson(sentence, gazetteer, lengths, i, result);
            }

            if (next < 0 && gazetteer[i] is not null)
            {
                next = TryGazetteer(sentence, gazetteer, lengths, i, result, titleCase);
            }

            if (next < 0)
            {
                next = TrySponsor(sentence, i, result);
            }

            if (next < 0 && !titleCase)
            {
                next = TryPopulation(sentence, i, result);
            }

            if (next < 0 && !titleCase && t[i].IsCapitalized)
            {
                next = TryListedPlace(sentence, gazetteer, i, result);
            }

            if (next < 0 && !titleCase && t[i].IsCapitalized)
            {
                next = TryCapitalizedRun(sentence, gazetteer, lengths, i, result);
            }

            if (next < 0 && !titleCase)
            {
                next = TryPublication(sentence, gazetteer, i, result);
            }

            if (next < 0 && !titleCase)
            {
                next = TrySettlement(sentence, gazetteer, i, result);
            }

            if (next < 0 && !titleCase)
            {
                next = TryKinName(sentence, gazetteer, i, result);
            }

            if (next < 0)
            {
                next = TryCompoundBody(sentence, i, result);
            }

            if (next < 0)
            {
                next = TryPair(sentence, i, result);
            }

            if (next < 0)
            {
                next = TryDescriptor(sentence, gazetteer, lengths, i, result);
            }

            if (next < 0)
            {
                next = TryPronoun(sentence, i, result);
            }

            i = next > i ? next : i + 1;
        }

        return result;
    }

    private GazetteerEntry?[] MatchGazetteer(IReadOnlyList<Token> t, out int[] lengths)
    {
        var matches = new GazetteerEntry?[t.Count];
        lengths = new int[t.Count];
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            foreach (GazetteerEntry entry in _gazetteer.EntriesStartingWith(t[i].Lower))
            {
                if (Matches(t, i, entry.Tokens) && (!entry.ExactCase || MatchesAsWritten(t, i, entry.Tokens))
                    && (!entry.Derived || !InsideLongerName(t, i, i + entry.Tokens.Count)) && !IsCutOff(t, i + entry.Tokens.Count - 1))
                {
                    matches[i] = entry;
                    lengths[i] = entry.Tokens.Count;
                    break;
                }
            }
        }

        return matches;
    }

    internal static bool Matches(IReadOnlyList<Token> t, int start, IReadOnlyList<string> form)
    {
        if (start + form.Count > t.Count)
        {
            return false;
        }

        for (int k = 0; k < form.Count; k++)
        {
            string expected = form[k];
            string actual = t[start + k].Text.Replace('\u2019', '\'');
            if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            bool acronym = expected.Length >= 2 && expected.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (acronym ? !string.Equals(expected, actual, StringComparison.Ordinal) : char.IsUpper(expected[0]) && !char.IsUpper(actual[0]))
            {
                return false;
            }
        }

        // "APIA Scholars": one word in capitals amid words that are not is an acronym, not a name written in capitals
        // ("Apia"), as a heading in capitals writes it.
        return !(form.Count == 1 && form[0].Any(char.IsLower) && IsAllCaps(t[start])
                 && new[] { start - 1, start + 1 }.Any(k => k >= 0 && k < t.Count && t[k].IsWord && t[k].IsCapitalized && !IsAllCaps(t[k])));
    }

    /// <summary>"how Hama- — I mean": a word broken off by a hyphen and a space, as transcripts write a speaker's false start.</summary>
    internal static bool IsCutOff(IReadOnlyList<Token> t, int k) =>
        At(t, k + 1) is { Text: "-" } hyphen && hyphen.Start == t[k].End && (At(t, k + 2) is not { } next || next.Start > hyphen.End);

    private static bool IsAllCaps(Token token) => token.Text.Length >= 2 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>True when the tokens from <paramref name="start"/> are the form exactly as written.</summary>
    internal static bool MatchesAsWritten(IReadOnlyList<Token> t, int start, IReadOnlyList<string> form) =>
        start + form.Count <= t.Count
        && Enumerable.Range(0, form.Count).All(k => string.Equals(form[k], t[start + k].Text.Replace('\u2019', '\''), StringComparison.Ordinal));

    /// <summary>
    /// True when a capitalized word runs on before or after the tokens (a title aside, a sentence's first word aside): the
    /// words are part of a longer name ("Democratic Party" in "Kurdistan Democratic Party"), which a derived form must not cut.
    /// </summary>
    private bool InsideLongerName(IReadOnlyList<Token> t, int start, int end)
    {
        bool before = start > 1 && t[start - 1] is { IsWord: true, IsCapitalized: true } && t[start - 2].Kind != TokenKind.Quote;
        bool after = At(t, end) is { IsWord: true, IsCapitalized: true } && MatchTitle(t, end).Title is null;
        return before || after;
    }

    private EntityMention Make(
        Sentence sentence, int start, int end, MentionKind kind, EntityType type, string? name,
        string? head = null, bool plural = false, string? title = null, TitleKind? titleKind = null, EntityMention? holder = null)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        var span = new TextSpan(t[start].Start, t[end - 1].End);
        return new EntityMention
        {
            SentenceIndex = sentence.Index,
            TokenStart = start,
            TokenEnd = end,
            Span = span,
            Surface = _text[span.Start..span.End],
            Kind = kind,
            Type = type,
            Name = type == EntityType.Person && name is not null ? WithoutGenerationalSuffix(name) : name,
            Head = head,
            IsPlural = plural,
            Title = title,
            TitleKind = titleKind,
            TitleHolder = holder,
        };
    }

    /// <summary>
    /// "Joseph R. Biden Jr." and "Joseph R. Biden, Jr." name the person "Joseph R. Biden" writes without the suffix too:
    /// the name is kept without it, so both spellings are one entity and the surname is the word before it.
    /// </summary>
    internal static string WithoutGenerationalSuffix(string name)
    {
        int space = name.LastIndexOf(' ');
        if (space <= 0 || !Internal.GenerationalSuffix.Is(name[(space + 1)..])
            || name.AsSpan(0, space).TrimEnd(',').IndexOf(' ') < 0)
        {
            return name;
        }

        return name[..space].TrimEnd(',');
    }

    private string Surface(IReadOnlyList<Token> t, int start, int end) => _text[t[start].Start..t[end - 1].End];

    /// <summary>
    /// A line in title case capitalizes every word but the articles, prepositions, conjunctions and name particles
    /// title case leaves in lower case; one lower-case word of another kind, however short ("met", "won"), makes it a
    /// sentence ("Jane Roe met John Doe in Paris on Monday.").
    /// </summary>
    private bool IsTitleCase(IReadOnlyList<Token> t)
    {
        int words = 0;
        int lower = 0;
        foreach (Token token in t)
        {
            if (!token.IsWord || !token.Text.Any(char.IsLetter))
            {
                continue;
            }

            words++;
            if (!token.IsCapitalized && !LowerInTitles(token.Lower))
            {
                lower++;
            }
        }

        return words >= 3 && lower == 0;
    }

    private bool LowerInTitles(string word) =>
        _prepositions.Contains(word) || _particles.Contains(word) || TitleCaseLowerWords.Contains(word);

    /// <summary>The parse's word that starts where <paramref name="token"/> does, or null (no parse, or a word cut differently).</summary>
    private static SyntaxToken? WordAt(Sentence sentence, Token token)
    {
        if (sentence.Parse is not { } parse)
        {
            return null;
        }

        IReadOnlyList<SyntaxToken> words = parse.Tokens;
        int low = 0;
        int high = words.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            if (words[mid].Start == token.Start)
            {
                return words[mid];
            }

            if (words[mid].Start < token.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }

    private static Token? At(IReadOnlyList<Token> t, int index) => index >= 0 && index < t.Count ? t[index] : null;
}
