namespace Graph.Syntax.Training;

/// <summary>
/// Widens a small training set by mention substitution: a copy of each sentence with names has every name replaced by
/// a known name of the same type, drawn with a fixed seed. The copies teach the recognizer to find names from their
/// context and shape, not from the few names the annotated sentences happen to hold (news names people from every
/// country; the treebanks mostly English speakers).
/// </summary>
public sealed class NameSubstitution
{
    private readonly IReadOnlyDictionary<NameType, IReadOnlyList<string[]>> _names;

    /// <summary>Creates a substitution drawing from <paramref name="names"/>, each split into words at spaces.</summary>
    public NameSubstitution(IReadOnlyDictionary<NameType, IReadOnlyList<string>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<string[]>)p.Value.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0).ToArray());
    }

    /// <summary>
    /// The sentences with names, each copied <paramref name="rounds"/> times with its names replaced; the same seed gives
    /// the same copies.
    /// </summary>
    public IReadOnlyList<NameSentence> Copies(IReadOnlyList<NameSentence> sentences, int rounds, int seed)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var random = new Random(seed);
        var copies = new List<NameSentence>();
        for (int round = 0; round < rounds; round++)
        {
            foreach (NameSentence sentence in sentences)
            {
                if (Copy(sentence, random) is { } copy)
                {
                    copies.Add(copy);
                }
            }
        }

        return copies;
    }

    private NameSentence? Copy(NameSentence sentence, Random random)
    {
        var words = new List<string>();
        var labels = new List<string>();
        bool replaced = false;
        var gold = NameTrainer.GoldLabels(sentence.Labels);
        for (int i = 0; i < gold.Length;)
        {
            int end = i + 1;
            if (Names.NameLabels.IsBegin(gold[i]))
            {
                while (end < gold.Length && Names.NameLabels.IsInside(gold[end]))
                {
                    end++;
                }

                NameType type = Names.NameLabels.TypeOf(gold[i]);
                if (_names.TryGetValue(type, out var pool) && pool.Count > 0)
                {
                    string[] name = pool[random.Next(pool.Count)];
                    string code = Names.NameLabels.Code(type);
                    for (int k = 0; k < name.Length; k++)
                    {
                        words.Add(name[k]);
                        labels.Add((k == 0 ? "B-" : "I-") + code);
                    }

                    replaced = true;
                    i = end;
                    continue;
                }
            }

            for (int k = i; k < end; k++)
            {
                words.Add(sentence.Words[k]);
                labels.Add(sentence.Labels[k]);
            }

            i = end;
        }

        return replaced ? new NameSentence(sentence.Id + "~", words, labels) : null;
    }
}
