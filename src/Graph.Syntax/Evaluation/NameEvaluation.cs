using Graph.Syntax.Names;
using Graph.Syntax.Training;

namespace Graph.Syntax.Evaluation;

/// <summary>Scores a name recognizer on gold sentences: exact spans and types, with the gold words as input and predicted tags.</summary>
public static class NameEvaluation
{
    /// <summary>Tags and parses each sentence's words with <paramref name="syntax"/>, finds its names and compares them with the gold ones.</summary>
    public static NameScores Evaluate(NameModel names, SyntaxModel syntax, IReadOnlyList<NameSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(gold);
        var types = Enum.GetValues<NameType>();
        var counts = types.ToDictionary(t => t, _ => new int[3]);
        foreach (var sentence in gold)
        {
            var expected = NameLabels.Spans(NameTrainer.GoldLabels(sentence.Labels)).ToHashSet();
            var found = names.Recognize(syntax.Parse(sentence.Words)).Select(n => (n.Start, n.End, n.Type)).ToList();
            foreach (var (_, _, type) in expected)
            {
                counts[type][0]++;
            }

            foreach (var span in found)
            {
                counts[span.Type][1]++;
                counts[span.Type][2] += expected.Contains(span) ? 1 : 0;
            }
        }

        var perType = types.ToDictionary(t => t, t => new NameCounts(counts[t][0], counts[t][1], counts[t][2]));
        var micro = new NameCounts(perType.Values.Sum(c => c.Gold), perType.Values.Sum(c => c.Predicted), perType.Values.Sum(c => c.Correct));
        return new NameScores(gold.Count, perType, micro);
    }
}
