
namespace Graph.Syntax.Training;

/// <summary>
/// Reads the named mentions of the Georgetown University Multilayer corpus (GUM) as name annotations. GUM marks every
/// mention in the MISC column (<c>Entity=(3-person-…</c> opens mention 3 on a word, <c>3)</c> closes it); the
/// mentions of type person, organization and place that are proper names become PER, ORG and LOC. A proper name here
/// is a mention whose words, after a leading article or descriptive title ("Dr.", "Judge": GUM's
/// <c>nmod:desc</c>) and a trailing possessive or punctuation are set aside, begin and end with proper nouns and
/// hold nothing but proper nouns, prepositions, articles, conjunctions and punctuation ("University of Chicago").
/// Nested names give way to the longest one around them, as in Universal NER.
/// </summary>
public static class GumNameReader
{
    /// <summary>
    /// The documents never trained on: those the project's gold sets annotate (Wikinews articles and a Wikipedia
    /// biography), so that no score of the extraction is measured on text a model has seen. The other news and
    /// interview documents are trained on: they are the kind of text the extraction reads.
    /// </summary>
    public static readonly IReadOnlySet<string> HeldOutDocuments = new HashSet<string>(StringComparer.Ordinal)
    {
        "GUM_news_clock", "GUM_news_defector", "GUM_news_flag", "GUM_news_homeopathic", "GUM_interview_hill",
        "GUM_news_questionnaire", "GUM_news_stampede", "GUM_news_worship",
        "GUM_news_afghan", "GUM_news_crane", "GUM_news_election", "GUM_news_hackers", "GUM_news_imprisoned",
        "GUM_interview_chomsky", "GUM_interview_peres", "GUM_news_sensitive", "GUM_news_taxes", "GUM_bio_gordon",
    };

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["person"] = "PER",
        ["organization"] = "ORG",
        ["place"] = "LOC",
    };

    /// <summary>The GUM documents of a folder (<c>GUM_GENRE_NAME.conllu</c>) except the held-out ones, in name order.</summary>
    /// <exception cref="FileNotFoundException">The folder is missing or holds no GUM document; the message names it.</exception>
    public static IReadOnlyList<string> TrainingFiles(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new FileNotFoundException($"{directory}: no such GUM folder");
        }

        var files = Directory.GetFiles(directory, "GUM_*.conllu").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"{directory}: no GUM_*.conllu file");
        }

        return files.Where(f => !HeldOutDocuments.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
    }

    /// <summary>Reads the sentences of a GUM document with their names.</summary>
    /// <exception cref="FormatException">A word line or an entity annotation is malformed; the message names the file.</exception>
    public static IReadOnlyList<NameSentence> ReadFile(string path) => ConlluReader.ReadFile(path).Select(s => Convert(s, path)).ToList();

    /// <summary>The names of one GUM sentence as IOB2 labels.</summary>
    /// <exception cref="FormatException">An entity annotation is malformed.</exception>
    public static NameSentence Convert(ConlluSentence sentence, string source)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var names = new List<(int Start, int End, string Type)>();
        foreach (var (start, end, type) in Mentions(sentence, source))
        {
            if (Types.TryGetValue(type, out string? code) && ProperName(words, start, end) is { } name)
            {
                foreach (var part in code == "LOC" ? CommaParts(words, name.Start, name.End) : [name])
                {
                    names.Add((part.Start, part.End, code));
                }
            }
        }

        var labels = Enumerable.Repeat("O", words.Count).ToArray();
        foreach (var (start, end, code) in names.OrderByDescending(n => n.End - n.Start).ThenBy(n => n.Start))
        {
            if (labels.AsSpan(start, end - start).ContainsAnyExcept("O"))
            {
                continue;
            }

            labels[start] = "B-" + code;
            for (int i = start + 1; i < end; i++)
            {
                labels[i] = "I-" + code;
            }
        }

        return new NameSentence(sentence.Id, words.Select(w => w.Form).ToArray(), labels);
    }

    /// <summary>The words of a mention that form a proper name, or null when it is not one.</summary>
    private static (int Start, int End)? ProperName(IReadOnlyList<ConlluWord> words, int start, int end)
    {
        while (start < end && (words[start].Upos is "DET" or "PUNCT" || words[start].Relation == "nmod:desc"))
        {
            start++;
        }

        while (end > start && words[end - 1].Upos is "PUNCT" or "PART")
        {
            end--;
        }

        if (start == end || words[start].Upos != "PROPN" || words[end - 1].Upos != "PROPN")
        {
            return null;
        }

        for (int i = start; i < end; i++)
        {
            if (words[i].Upos is not ("PROPN" or "ADP" or "DET" or "CCONJ" or "PUNCT"))
            {
                return null;
            }
        }

        return (start, end);
    }

    /// <summary>
    /// The places a place's name lists from the smallest to the largest ("Eureka Springs, Arkansas"): Universal NER and
    /// the extraction's gold sets name each on its own, where GUM marks the whole as one mention.
    /// </summary>
    private static List<(int Start, int End)> CommaParts(IReadOnlyList<ConlluWord> words, int start, int end)
    {
        var parts = new List<(int Start, int End)>();
        int from = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || words[i].Form == ",")
            {
                if (ProperName(words, from, i) is { } part)
                {
                    parts.Add(part);
                }

                from = i + 1;
            }
        }

        return parts;
    }

    /// <summary>Every mention of the sentence: its words and its entity type.</summary>
    private static List<(int Start, int End, string Type)> Mentions(ConlluSentence sentence, string source)
    {
        var mentions = new List<(int, int, string)>();
        var open = new Dictionary<string, Stack<(int Start, string Type)>>(StringComparer.Ordinal);
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            string? value = Entity(sentence.Words[i].Misc);
            int k = 0;
            while (value is not null && k < value.Length)
            {
                if (value[k] == '(')
                {
                    int stop = value.IndexOfAny(['(', ')'], k + 1);
                    string body = value[(k + 1)..(stop < 0 ? value.Length : stop)];
                    string[] fields = body.Split('-');
                    if (fields.Length < 2)
                    {
                        throw new FormatException($"{source}: sentence {sentence.Id}: malformed entity '{body}'");
                    }

                    if (stop >= 0 && value[stop] == ')')
                    {
                        mentions.Add((i, i + 1, fields[1]));
                        k = stop + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(fields[0], out var stack))
                        {
                            open[fields[0]] = stack = new Stack<(int, string)>();
                        }

                        stack.Push((i, fields[1]));
                        k = stop < 0 ? value.Length : stop;
                    }
                }
                else
                {
                    int stop = value.IndexOf(')', k);
                    if (stop < 0)
                    {
                        throw new FormatException($"{source}: sentence {sentence.Id}: malformed entity closing '{value[k..]}'");
                    }

                    string id = value[k..stop];
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (from, type) = stack.Pop();
                        mentions.Add((from, i + 1, type));
                    }

                    k = stop + 1;
                }
            }
        }

        return mentions;
    }

    /// <summary>The value of <c>Entity=</c> in a MISC column, or null.</summary>
    private static string? Entity(string misc)
    {
        foreach (string part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part[7..];
            }
        }

        return null;
    }
}
