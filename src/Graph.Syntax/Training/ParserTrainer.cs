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
    /// averaged parser so far (pruned as the options it gives say).
    /// </summary>
    public static Parser Train(IReadOnlyList<Example> examples, IReadOnlyList<string> labels, TagSet tags, TrainingOptions options, Action<int, Func<TrainingOptions, Parser>>? onIteration = null)
    {
        var model = new AveragedPerceptron(Parser.Classes(labels.Count));
        var shape = new Parser(labels, WeightTable.Build(Parser.Classes(labels.Count), []));
        var words = new WordHashes();
        var state = new ParseState();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var features = new ulong[ParserFeatures.Max];
        var scores = new float[Parser.Classes(labels.Count)];
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
                    Array.Clear(scores);
                    model.Score(active, scores);
                    int predicted = Parser.BestValid(state, scores);
                    int best = -1;
                    for (int m = 0; m < Move.Count; m++)
                    {
                        costs[m] = state.IsValid(m) ? DynamicOracle.Cost(state, m, example.Heads) : int.MaxValue;
                        if (costs[m] != int.MaxValue && (best < 0 || costs[m] < costs[best] || (costs[m] == costs[best] && scores[m] > scores[best])))
                        {
                            best = m;
                        }
                    }

                    model.Tick();
                    if (costs[predicted] > costs[best])
                    {
                        model.Update(active, best, predicted);
                    }

                    int move = explore && random.NextDouble() < options.ExplorationRate ? predicted : best;
                    int label = -1;
                    if (move is Move.Left or Move.Right)
                    {
                        int dependent = move == Move.Left ? state.S0 : state.B0;
                        int head = move == Move.Left ? state.B0 : state.S0;
                        label = shape.BestLabel(move, scores);
                        if (example.Heads[dependent] == head)
                        {
                            model.Tick();
                            model.Update(active, shape.LabelClass(move, example.Labels[dependent]), shape.LabelClass(move, label));
                            label = example.Labels[dependent];
                        }
                    }

                    state.Apply(move, label);
                }
            }

            onIteration?.Invoke(iteration + 1, Snapshot);
        }

        return Snapshot(options);

        Parser Snapshot(TrainingOptions o) => new(labels, model.ToTable(o.MinWeight, o.MinUpdates));
    }
}
