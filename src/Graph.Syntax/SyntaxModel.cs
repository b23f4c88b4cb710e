using Graph.Syntax.Features;
using Graph.Syntax.Lemmatization;
using Graph.Syntax.Models;
using Graph.Syntax.Parsing;
using Graph.Syntax.Tagging;
using Graph.Syntax.Tokenization;

namespace Graph.Syntax;

/// <summary>
/// A trained English syntax model: tokenizer, tagger, lemmatizer and dependency parser in Universal Dependencies v2.
/// Immutable and thread-safe; load it once (<see cref="Default"/> is the model built into the assembly).
/// </summary>
public sealed class SyntaxModel
{
    /// <summary>Name of the embedded model resource.</summary>
    public const string ResourceName = "models/en-ewt.syntax.bin";

    private static readonly Lazy<SyntaxModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static Workspace? _workspace;

    private readonly TagSet _tags;
    private readonly Tagger _tagger;
    private readonly Lemmatizer _lemmatizer;
    private readonly Parser _parser;

    internal SyntaxModel(TagSet tags, Tagger tagger, Lemmatizer lemmatizer, Parser parser)
    {
        _tags = tags;
        _tagger = tagger;
        _lemmatizer = lemmatizer;
        _parser = parser;
    }

    /// <summary>The model trained on UD English EWT, built into this assembly; loaded on first use.</summary>
    public static SyntaxModel Default => LazyDefault.Value;

    /// <summary>Whether training saw <paramref name="word"/> (any case) often enough to know the tags it takes.</summary>
    public bool KnowsWord(string word) => _tagger.Classes.Table.ContainsKey(FeatureHash.OfLower(word));

    /// <summary>Number of weights of the tagger (both passes) and of the parser.</summary>
    public (int Tagger, int Parser) WeightCounts => (_tagger.Weights.Weights + (_tagger.SecondPass?.Weights ?? 0), _parser.Weights.Weights);

    /// <summary>Reads a model file written by <see cref="Save"/> (the stream is read to the end, not closed).</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a syntax model.</exception>
    public static SyntaxModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var (tags, tagger, lemmatizer, parser) = ModelFormat.Read(stream);
            var model = new SyntaxModel(tags, tagger, lemmatizer, parser);

            // Reading builds each weight table from columns several times its own size. The garbage collector keeps
            // such freed memory for later use, so a process would carry it to its end (about 120 MB of 290 MB resident
            // after a load); a load happens once per process, and one aggressive collection hands it back at once.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return model;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the syntax model is truncated", ex);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("the syntax model is damaged: " + ex.Message, ex);
        }
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFormat.Write(stream, _tags, _tagger, _lemmatizer, _parser);
    }

    /// <summary>Tokenizes <c>text[start..end)</c> the Universal Dependencies way, then tags, lemmatizes and parses it as one sentence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the text.</exception>
    public ParsedSentence Parse(string text, int start, int end) => Parse(text, start, end, namesAsWords: false);

    /// <summary>
    /// Like <see cref="Parse(string, int, int)"/>; with <paramref name="namesAsWords"/>, each run of proper nouns
    /// ("Japanese Prime Minister Fumio Kishida") is parsed as one word, its last, and then stands in the tree by its
    /// first word with the others <c>flat</c> on it: news names and titles are far longer than the parser's training
    /// text has them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the text.</exception>
    public ParsedSentence Parse(string text, int start, int end, bool namesAsWords)
    {
        var spans = UdTokenizer.Tokenize(text, start, end);
        var words = new string[spans.Count];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = text.Substring(spans[i].Start, spans[i].End - spans[i].Start);
        }

        return Analyze(words, spans, namesAsWords);
    }

    /// <summary>Tags, lemmatizes and parses already tokenized words; offsets are over the words joined by single spaces.</summary>
    public ParsedSentence Parse(IReadOnlyList<string> words) => Parse(words, namesAsWords: false);

    /// <summary>Like <see cref="Parse(IReadOnlyList{string})"/>, with proper-noun runs parsed as one word when <paramref name="namesAsWords"/>
    /// (see <see cref="Parse(string, int, int, bool)"/>).</summary>
    public ParsedSentence Parse(IReadOnlyList<string> words, bool namesAsWords)
    {
        ArgumentNullException.ThrowIfNull(words);
        var clean = new string[words.Count];
        var spans = new (int Start, int End)[words.Count];
        int offset = 0;
        for (int i = 0; i < clean.Length; i++)
        {
            clean[i] = words[i] ?? string.Empty;
            spans[i] = (offset, offset + clean[i].Length);
            offset += clean[i].Length + 1;
        }

        return Analyze(clean, spans, namesAsWords);
    }

    private ParsedSentence Analyze(string[] written, IReadOnlyList<(int Start, int End)> spans, bool namesAsWords)
    {
        if (written.Length == 0)
        {
            return ParsedSentence.Empty;
        }

        // The models read plain quotes; the tokens keep the forms as written.
        string[] words = PlainQuotes.Of(written);

        var work = _workspace ??= new Workspace();
        work.Words.Load(words);
        _tagger.Tag(words, work.Words);
        if (namesAsWords)
        {
            PastTenseAfterNames(words, spans, work.Words.Tags);
            PluralPossessives(words, spans, work.Words.Tags);
            PluralNounsBeforeVerbs(words, work.Words.Tags);
        }

        int[]? runs = namesAsWords ? NameRuns.Find(words, spans, i => IsProperNoun(work.Words.Tags[i])) : null;
        int[] heads = new int[words.Length];
        string[] relations = new string[words.Length];
        if (runs is null)
        {
            _parser.Parse(work.Words, _tags, work.State);
            for (int i = 0; i < words.Length; i++)
            {
                heads[i] = work.State.Head[i];
                relations[i] = LabelName(work.State.Label[i]);
            }
        }
        else
        {
            ParseRuns(words, runs, work, heads, relations);
        }

        FiniteVerbModifiers.Repair(words, i => _tags.Xpos[work.Words.Tags[i]], heads, relations);
        MarkedArguments.Repair(words, i => _tags.Upos[work.Words.Tags[i]], heads, relations);
        CoordinatedAdjectives.Repair(words, i => _tags.Upos[work.Words.Tags[i]], heads, relations);
        NameLists.Repair(words, i => _tags.Xpos[work.Words.Tags[i]], heads, relations);
        NamesAfterNouns.Repair(words, i => _tags.Xpos[work.Words.Tags[i]], heads, relations);
        TimeWordSubjects.Repair(words, i => _tags.Upos[work.Words.Tags[i]], heads, relations);
        OpeningPhraseSubjects.Repair(words, i => _tags.Upos[work.Words.Tags[i]], i => _tags.Xpos[work.Words.Tags[i]], heads, relations);

        var tokens = new SyntaxToken[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            int tag = work.Words.Tags[i];
            string upos = _tags.Upos[tag];
            string xpos = _tags.Xpos[tag];
            tokens[i] = new SyntaxToken(
                i, written[i], spans[i].Start, spans[i].End, _lemmatizer.Lemmatize(words[i], xpos, upos), upos, xpos, heads[i], relations[i]);
        }

        return new ParsedSentence(tokens);
    }

    /// <summary>Parses the sentence with each run read as its last word, then puts the run in the tree by its first word.</summary>
    private void ParseRuns(string[] words, int[] runs, Workspace work, int[] heads, string[] relations)
    {
        bool[] leading = NameRuns.LeadingModifiers(words, runs, i => _tags.Upos[work.Words.Tags[i]] == "ADJ");
        var kept = new List<int>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            if (runs[i] == i && !leading[i])
            {
                kept.Add(i);
            }
        }

        var shortWords = new string[kept.Count];
        for (int r = 0; r < kept.Count; r++)
        {
            shortWords[r] = words[kept[r]];
        }

        work.Short.Load(shortWords);
        for (int r = 0; r < kept.Count; r++)
        {
            work.Short.Tags[r] = work.Words.Tags[kept[r]];
        }

        _parser.Parse(work.Short, _tags, work.State);

        // The run stands in the tree by its first word, the others flat on it, as Universal Dependencies writes names.
        int[] first = new int[words.Length];
        for (int i = words.Length - 1; i >= 0; i--)
        {
            first[runs[i]] = i;
        }

        for (int r = 0; r < kept.Count; r++)
        {
            int head = work.State.Head[r];
            int word = first[kept[r]];
            heads[word] = head >= 0 ? first[kept[head]] : -1;
            relations[word] = LabelName(work.State.Label[r]);
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (first[runs[i]] != i)
            {
                heads[i] = first[runs[i]];
                relations[i] = "flat";
            }
        }

        for (int i = words.Length - 1; i >= 0; i--)
        {
            if (leading[i])
            {
                int next = i + 1;
                heads[i] = leading[next] ? heads[next] : first[runs[next]];
                relations[i] = "amod";
            }
        }

        // A run whose last word leads a name as its modifier ("Executive Editor" before "Rob Bluey") was parsed as that
        // modifier: its first word, which the parse never reached, modifies what the run modifies.
        for (int i = 0; i < words.Length; i++)
        {
            if (relations[i] is null)
            {
                heads[i] = heads[runs[i]];
                relations[i] = relations[runs[i]] ?? "dep";
            }
        }

        AppositiveNames.Repair(words, i => _tags.Xpos[work.Words.Tags[i]], runs, heads, relations);
    }

    /// <summary>
    /// "Minister Shin Won-sik condemned Pyongyang": an "-ed" word the tagger read as an adjective between a name and
    /// what can only be an object (a name, a determiner, a pronoun) is the past tense verb of the clause. Web text
    /// rarely puts a verb right after a long name, so the tagger learned the attributive reading.
    /// </summary>
    private void PastTenseAfterNames(string[] words, IReadOnlyList<(int Start, int End)> spans, int[] tags)
    {
        int past = _tags.Id("VERB", "VBD");
        for (int i = 1; i + 1 < words.Length && past >= 0; i++)
        {
            if (_tags.Xpos[tags[i]] == "JJ" && words[i].EndsWith("ed", StringComparison.Ordinal) && char.IsLower(words[i][0])
                && _tags.Xpos[tags[i - 1]] is "NNP" or "NNPS" && spans[i - 1].End < spans[i].Start
                && _tags.Xpos[tags[i + 1]] is "NNP" or "NNPS" or "DT" or "PRP" or "PRP$" or "CD")
            {
                tags[i] = past;
            }
        }
    }

    /// <summary>
    /// "the United States' support": an apostrophe closing a word that ends in "s", then a space and a word, is the plural's
    /// possessive ending, not a closing quote, unless a quote it could close was opened before it. The treebank has few
    /// plural possessives of names, and news writes many.
    /// </summary>
    private void PluralPossessives(string[] words, IReadOnlyList<(int Start, int End)> spans, int[] tags)
    {
        int possessive = _tags.Id("PART", "POS");
        bool open = false;
        for (int i = 0; i < words.Length && possessive >= 0; i++)
        {
            if (words[i] != "'")
            {
                continue;
            }

            bool attachedBefore = i > 0 && spans[i - 1].End == spans[i].Start;
            bool attachedAfter = i + 1 < words.Length && spans[i].End == spans[i + 1].Start;
            if (!attachedBefore && attachedAfter)
            {
                open = true;
            }
            else if (attachedBefore && !attachedAfter && !open && i + 1 < words.Length && char.IsLetterOrDigit(words[i + 1][0])
                     && words[i - 1].EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                tags[i] = possessive;
            }
            else if (attachedBefore)
            {
                open = false;
            }
        }
    }

    /// <summary>
    /// "the Baltic states called on ...": an "-s" word the tagger read as a present-tense verb, closing a noun phrase
    /// opened by a determiner and a name or adjective, right before the clause's verb, is the phrase's plural noun. A
    /// verb takes no determiner and is not followed at once by another finite verb.
    /// </summary>
    private void PluralNounsBeforeVerbs(string[] words, int[] tags)
    {
        int plural = _tags.Id("NOUN", "NNS");
        int past = _tags.Id("VERB", "VBD");
        for (int i = 2; i + 1 < words.Length && plural >= 0; i++)
        {
            if (_tags.Xpos[tags[i]] is "VBZ" or "VBP" && words[i].EndsWith('s') && char.IsLower(words[i][0])
                && _tags.Xpos[tags[i - 1]] is "NNP" or "NNPS" or "JJ" && _tags.Xpos[tags[i - 2]] == "DT"
                && _tags.Xpos[tags[i + 1]] is "VBD" or "VBN" or "VBZ" or "VBP" or "MD")
            {
                tags[i] = plural;

                // "the Baltic states called on X to act": a participle right after it, with no finite verb to come, is the
                // clause's past tense verb.
                int finite = Array.FindIndex(tags, i + 2, words.Length - i - 2, t => _tags.Xpos[t] is "VBD" or "VBZ" or "VBP" or "MD");
                if (_tags.Xpos[tags[i + 1]] == "VBN" && finite < 0 && past >= 0)
                {
                    tags[i + 1] = past;
                }
            }
        }
    }

    /// <summary>
    /// A proper noun by either tag set: the tagger reads the first word of some names as an adjective with the
    /// proper-noun tag of the Penn set ("United States", "Saudi Arabia"), and the name must still be one word.
    /// </summary>
    private bool IsProperNoun(int tag) => _tags.Upos[tag] == "PROPN" || _tags.Xpos[tag] is "NNP" or "NNPS";

    private string LabelName(int label) => label >= 0 ? _parser.Labels[label] : "dep";

    private static SyntaxModel LoadDefault()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded syntax model " + ResourceName + " is missing from the assembly");
        return Load(stream);
    }

    /// <summary>Buffers reused between sentences on one thread.</summary>
    private sealed class Workspace
    {
        public WordHashes Words { get; } = new();

        public ParseState State { get; } = new();

        /// <summary>The sentence with its proper-noun runs shortened to their last word.</summary>
        public WordHashes Short { get; } = new();
    }
}
