using Graph.Syntax.Features;
using Graph.Syntax.Parsing;
using Graph.Syntax.Tagging;

namespace Graph.Syntax.Training;

/// <summary>
/// Trains the parser online with the dynamic oracle: the transition classifier learns from every configuration the
/// parser reaches, including those after its own mistakes (exploration), and the label classifiers from every gold arc.
/// </summary>
internal static class ParserTrainer
{
    /// <summary>One training sentence: words, the tags the tagger predicted for them, projective gold heads and labels.</summary>
    public sealed record Example(string[] Words, int[] Tags, int[] Heads, int[] Labels);

    /// <summary>
    /// Trains a parser; <paramref name="onIteration"/> hears each finished iteration and may take a snapshot of the
    /// averaged parser so far.
    /// </summary>
    public static Parser Train(IReadOnlyList<Example> examples, IReadOnlyList<string> labels, TagSet tags, TrainingOptions options, Action<int, Func<Parser>>? onIteration = null)
    {
        var moves = new AveragedPerceptron(Move.Count);
        var left = new AveragedPerceptron(labels.Count);
        var right = new AveragedPerceptron(labels.Count);
        int root = labels.ToList().IndexOf("root");
        var words = new WordHashes();
        var state = new ParseState();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var features = new ulong[ParserFeatures.Max];
        var moveScores = new float[Move.Count];
        var labelScores = new float[labels.Count];
        var costs = new int[Move.Count];
        for (int iteration = 0; iteration < options.ParserIterations; iteration++)
        {
            random.Shuffle(order);
            bool explore = iteration >= options.ExplorationStart;
            foreach (int e in order)
            {
                var example = examples[e];
                words.Load(example.Words);
                example.Tags.CopyTo(words.Tags, 0);
                state.Reset(example.Words.Length, example.Tags, tags);
                while (!state.Terminal)
                {
                    int n = ParserFeatures.Extract(state, words, features);
                    var active = features.AsSpan(0, n);
                    Array.Clear(moveScores);
                    moves.Score(active, moveScores);
                    int predicted = Parser.BestValid(state, moveScores);
                    int best = -1;
                    for (int m = 0; m < Move.Count; m++)
                    {
                        costs[m] = state.IsValid(m) ? DynamicOracle.Cost(state, m, example.Heads) : int.MaxValue;
                        if (costs[m] != int.MaxValue && (best < 0 || costs[m] < costs[best] || (costs[m] == costs[best] && moveScores[m] > moveScores[best])))
                        {
                            best = m;
                        }
                    }

                    moves.Tick();
                    if (costs[predicted] > costs[best])
                    {
                        moves.Update(active, best, predicted);
                    }

                    int move = explore && random.NextDouble() < options.ExplorationRate ? predicted : best;
                    int label = -1;
                    if (move is Move.Left or Move.Right)
                    {
                        int dependent = move == Move.Left ? state.S0 : state.B0;
                        int head = move == Move.Left ? state.B0 : state.S0;
                        var model = move == Move.Left ? left : right;
                        Array.Clear(labelScores);
                        model.Score(active, labelScores);
                        label = BestLabel(labelScores, root);
                        if (example.Heads[dependent] == head)
                        {
                            model.Tick();
                            model.Update(active, example.Labels[dependent], label);
                            label = example.Labels[dependent];
                        }
                    }

                    state.Apply(move, label);
                }
            }

            onIteration?.Invoke(iteration + 1, Snapshot);
        }

        return Snapshot();

        Parser Snapshot() => new(labels, moves.ToTable(options.MinWeight), left.ToTable(options.MinWeight), right.ToTable(options.MinWeight));
    }

    private static int BestLabel(float[] scores, int root)
    {
        int best = root == 0 ? 1 : 0;
        for (int l = 0; l < scores.Length; l++)
        {
            if (l != root && scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }
}
