using Graph.Syntax.Training;

namespace Graph.Syntax.Evaluation;

/// <summary>Scores a model on gold sentences: tags, lemmas and attachment with the gold words as input.</summary>
public static class SyntaxEvaluation
{
    /// <summary>Parses each sentence's gold words and compares the result with the gold annotation.</summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IReadOnlyList<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, fullLas = 0;
        foreach (var sentence in gold)
        {
            var parsed = model.Parse(sentence.Words.Select(w => w.Form).ToArray());
            for (int i = 0; i < sentence.Words.Count; i++)
            {
                var g = sentence.Words[i];
                var p = parsed.Tokens[i];
                words++;
                upos += g.Upos == p.Upos ? 1 : 0;
                xpos += g.Xpos == p.Xpos ? 1 : 0;
                lemma += g.Lemma == p.Lemma ? 1 : 0;
                if (g.Head == p.Head)
                {
                    uas++;
                    las += Universal(g.Relation).SequenceEqual(Universal(p.Relation)) ? 1 : 0;
                    fullLas += g.Relation == p.Relation ? 1 : 0;
                }
            }
        }

        double n = Math.Max(1, words);
        return new SyntaxScores(words, upos / n, xpos / n, lemma / n, uas / n, las / n, fullLas / n);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
