using System.Globalization;
using Graph.Syntax.Tagging;

namespace Graph.Syntax.Training;

/// <summary>
/// Trains a whole <see cref="SyntaxModel"/> from a treebank's training sentences. Each fold of the sentences is
/// tagged by a tagger trained on the other folds (jackknifing); those realistic tags train the tagger's second pass
/// and the parser, so both learn from the tags they will see in use. Then the lemmatizer. Single-threaded and deterministic: the same sentences and options give the
/// same model bytes.
/// </summary>
public static class SyntaxTrainer
{
    /// <summary>Trains a model on <paramref name="train"/>.</summary>
    public static SyntaxModel Train(IReadOnlyList<ConlluSentence> train, TrainingOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var tags = new TagSet(train.SelectMany(s => s.Words).Select(w => (w.Upos, w.Xpos)).Distinct()
            .OrderBy(t => t.Upos, StringComparer.Ordinal).ThenBy(t => t.Xpos, StringComparer.Ordinal));
        var labels = train.SelectMany(s => s.Words).Select(w => w.Relation).Distinct().Order(StringComparer.Ordinal).ToArray();

        int[][] predicted = JackknifedTags(train, tags, options, progress);

        var tagger = TaggerTrainer.Train(train, tags, options, i => progress?.Report(new TrainingProgress("tagger", i, options.TaggerIterations)));
        if (options.TwoPassTagger && options.JackknifeFolds >= 2)
        {
            tagger = TaggerTrainer.AddSecondPass(tagger, train, predicted, options, i => progress?.Report(new TrainingProgress("tagger second pass", i, options.TaggerIterations)));
        }

        var lemmatizer = LemmatizerTrainer.Train(train);

        var examples = Examples(train, labels, predicted);
        var parser = ParserTrainer.Train(examples, labels, tags, options, (i, _) => progress?.Report(new TrainingProgress("parser", i, options.ParserIterations)));
        return new SyntaxModel(tags, tagger, lemmatizer, parser);
    }

    /// <summary>The parser's training examples: words, predicted tags, projective gold heads, label ids.</summary>
    internal static List<ParserTrainer.Example> Examples(IReadOnlyList<ConlluSentence> train, string[] labels, int[][] predicted)
    {
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var examples = new List<ParserTrainer.Example>(train.Count);
        for (int s = 0; s < train.Count; s++)
        {
            var words = train[s].Words;
            examples.Add(new ParserTrainer.Example(
                TaggerTrainer.Forms(train[s]),
                predicted[s],
                Projectivizer.Projectivize(words.Select(w => w.Head).ToArray()),
                words.Select(w => labelIds[w.Relation]).ToArray()));
        }

        return examples;
    }

    /// <summary>Tags of every training sentence as predicted by a tagger that did not see it (gold tags without folds).</summary>
    internal static int[][] JackknifedTags(IReadOnlyList<ConlluSentence> train, TagSet tags, TrainingOptions options, IProgress<TrainingProgress>? progress)
    {
        var result = new int[train.Count][];
        if (options.JackknifeFolds < 2)
        {
            for (int s = 0; s < train.Count; s++)
            {
                result[s] = train[s].Words.Select(w => tags.Id(w.Upos, w.Xpos)).ToArray();
            }

            return result;
        }

        var hashes = new Features.WordHashes();
        int folds = options.JackknifeFolds;
        for (int fold = 0; fold < folds; fold++)
        {
            // Contiguous folds keep each document within one fold, so the held-out words are as unseen as new text.
            int from = (int)((long)train.Count * fold / folds);
            int to = (int)((long)train.Count * (fold + 1) / folds);
            var rest = train.Take(from).Concat(train.Skip(to)).ToList();
            string stage = string.Create(CultureInfo.InvariantCulture, $"tagger fold {fold + 1}/{folds}");
            var tagger = TaggerTrainer.Train(rest, tags, options, i => progress?.Report(new TrainingProgress(stage, i, options.TaggerIterations)));
            for (int s = from; s < to; s++)
            {
                var words = TaggerTrainer.Forms(train[s]);
                hashes.Load(words);
                tagger.Tag(words, hashes);
                result[s] = hashes.Tags.AsSpan(0, words.Length).ToArray();
            }
        }

        return result;
    }
}
