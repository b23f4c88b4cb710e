using Graph.Syntax.Features;
using Graph.Syntax.Tagging;

namespace Graph.Syntax.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser. One averaged-perceptron table scores, from the same features, the four
/// transitions and the labels of a left or a right arc: the transition is chosen first, then the arc's label. Each
/// word is pushed and popped at most once, so parsing is linear in the length of the sentence.
/// </summary>
internal sealed class Parser
{
    /// <summary>Creates a parser from its trained weights (classes: the transitions, then left-arc labels, then right-arc labels).</summary>
    public Parser(IReadOnlyList<string> labels, WeightTable weights)
    {
        Labels = labels;
        Weights = weights;
        RootLabel = IndexOf(labels, "root");
        PunctLabel = IndexOf(labels, "punct");
        LooseLabel = IndexOf(labels, "parataxis");
    }

    /// <summary>The dependency labels.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The weights of transitions and arc labels.</summary>
    public WeightTable Weights { get; }

    /// <summary>Number of classes: the transitions and the labels of left and right arcs.</summary>
    public static int Classes(int labels) => Move.Count + (2 * labels);

    /// <summary>The class of a label on an arc made by <paramref name="move"/> (Left or Right).</summary>
    public int LabelClass(int move, int label) => Move.Count + (move == Move.Left ? 0 : Labels.Count) + label;

    /// <summary>The id of <c>root</c>.</summary>
    public int RootLabel { get; }

    /// <summary>The id of <c>punct</c>.</summary>
    public int PunctLabel { get; }

    /// <summary>The id given to extra words left without a head (<c>parataxis</c>).</summary>
    public int LooseLabel { get; }

    /// <summary>Parses the loaded words (with their tags) into <paramref name="state"/>, leaving one root.</summary>
    public void Parse(WordHashes words, TagSet tags, ParseState state)
    {
        state.Reset(words.Count, words.Tags, tags);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = Weights.Classes <= 512 ? stackalloc float[Weights.Classes] : new float[Weights.Classes];
        while (!state.Terminal)
        {
            int n = ParserFeatures.Extract(state, words, features);
            scores.Clear();
            Weights.Score(features[..n], scores);
            int move = BestValid(state, scores);
            int label = move is Move.Left or Move.Right ? BestLabel(move, scores) : -1;
            state.Apply(move, label);
        }

        Finish(words, tags, state);
    }

    /// <summary>The best-scoring valid transition (in a non-terminal state at least Shift or Right is valid).</summary>
    public static int BestValid(ParseState state, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int m = 0; m < Move.Count; m++)
        {
            if (state.IsValid(m) && (best < 0 || scores[m] > scores[best]))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>The best label other than root for an arc made by <paramref name="move"/>.</summary>
    public int BestLabel(int move, ReadOnlySpan<float> scores)
    {
        var labels = scores.Slice(LabelClass(move, 0), Labels.Count);
        int best = RootLabel == 0 ? 1 : 0;
        for (int l = 0; l < labels.Length; l++)
        {
            if (l != RootLabel && labels[l] > labels[best])
            {
                best = l;
            }
        }

        return best;
    }

    /// <summary>Words still without a head: the first that is not punctuation becomes the root, the others depend on it.</summary>
    public void Finish(WordHashes words, TagSet tags, ParseState state)
    {
        int root = -1;
        for (int i = 0; i < state.Count; i++)
        {
            if (state.Head[i] < 0 && !tags.Punctuation[words.Tags[i]])
            {
                root = i;
                break;
            }
        }

        for (int i = 0; i < state.Count && root < 0; i++)
        {
            if (state.Head[i] < 0)
            {
                root = i;
            }
        }

        for (int i = 0; i < state.Count; i++)
        {
            if (i != root && state.Head[i] < 0)
            {
                state.Attach(root, i, tags.Punctuation[words.Tags[i]] ? PunctLabel : LooseLabel);
            }
        }

        if (root >= 0)
        {
            state.Label[root] = RootLabel;
        }
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return 0;
    }
}
