using Graph.Syntax.Names;

namespace Graph.Syntax.Training;

/// <summary>
/// Trains a <see cref="NameModel"/>: each sentence's words are tagged and parsed by a syntax model (so training sees
/// the tags the recognizer will see in use, not gold ones), then an averaged perceptron learns the BIO labels greedily
/// with its own previous predictions as history. Single-threaded and deterministic: the same sentences, syntax model
/// and options give the same model bytes.
/// </summary>
public static class NameTrainer
{
    /// <summary>
    /// Trains a model on <paramref name="train"/> with the tags and parses of <paramref name="syntax"/> and the name words
    /// of <paramref name="lexicon"/>, which the model keeps.
    /// </summary>
    public static NameModel Train(
        IReadOnlyList<NameSentence> train, SyntaxModel syntax, NameLexicon lexicon, NameTrainingOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(options);
        var parsed = train.Select(s => syntax.Parse(s.Words)).ToArray();
        var gold = train.Select(s => GoldLabels(s.Labels)).ToArray();
        var model = new AveragedPerceptron(NameLabels.Count);
        var words = new NameWords();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[NameFeatures.Max];
        Span<float> scores = stackalloc float[NameLabels.Count];
        for (int iteration = 0; iteration < options.Iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                words.Load(parsed[s].Tokens, lexicon);
                int prev = NameLabels.None;
                int prev2 = NameLabels.None;
                for (int i = 0; i < words.Count; i++)
                {
                    int n = NameFeatures.Extract(words, i, prev, prev2, features);
                    scores.Clear();
                    model.Score(features[..n], scores);
                    int guess = NameLabels.Best(prev, scores, out _);
                    int truth = gold[s][i];

                    // After a wrong guess the gold continuation may not be allowed; the name then begins here.
                    if (!NameLabels.Allowed(prev, truth))
                    {
                        truth = NameLabels.Begin(NameLabels.TypeOf(truth));
                    }

                    model.Tick();
                    model.Update(features[..n], truth, guess);
                    prev2 = prev;
                    prev = guess;
                }
            }

            progress?.Report(new TrainingProgress("names", iteration + 1, options.Iterations));
        }

        return new NameModel(new NameRecognizer(model.ToTable(options.MinWeight, options.MinUpdates), lexicon));
    }

    /// <summary>Label ids of an IOB2 sequence, an <c>I-</c> that continues nothing read as <c>B-</c>.</summary>
    internal static int[] GoldLabels(IReadOnlyList<string> labels)
    {
        var ids = new int[labels.Count];
        int prev = NameLabels.None;
        for (int i = 0; i < ids.Length; i++)
        {
            int label = NameLabels.Parse(labels[i]);
            ids[i] = NameLabels.Allowed(prev, label) ? label : NameLabels.Begin(NameLabels.TypeOf(label));
            prev = ids[i];
        }

        return ids;
    }
}
