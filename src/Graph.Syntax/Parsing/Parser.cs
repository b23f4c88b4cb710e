using Graph.Syntax.Features;
using Graph.Syntax.Tagging;

namespace Graph.Syntax.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser: one averaged-perceptron classifier picks the transition, two more pick the
/// label of a left or right arc. Each word is pushed and popped at most once, so parsing is linear in the sentence.
/// </summary>
internal sealed class Parser
{
    /// <summary>Creates a parser from its trained weights.</summary>
    public Parser(IReadOnlyList<string> labels, WeightTable moves, WeightTable leftLabels, WeightTable rightLabels)
    {
        Labels = labels;
        Moves = moves;
        LeftLabels = leftLabels;
        RightLabels = rightLabels;
        RootLabel = IndexOf(labels, "root");
        PunctLabel = IndexOf(labels, "punct");
        LooseLabel = IndexOf(labels, "parataxis");
    }

    /// <summary>The dependency labels.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Transition weights.</summary>
    public WeightTable Moves { get; }

    /// <summary>Label weights of left arcs (the head follows the dependent).</summary>
    public WeightTable LeftLabels { get; }

    /// <summary>Label weights of right arcs.</summary>
    public WeightTable RightLabels { get; }

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
        Span<float> moveScores = stackalloc float[Move.Count];
        Span<float> labelScores = Labels.Count <= 256 ? stackalloc float[Labels.Count] : new float[Labels.Count];
        while (!state.Terminal)
        {
            int n = ParserFeatures.Extract(state, words, features);
            moveScores.Clear();
            for (int i = 0; i < n; i++)
            {
                Moves.AddTo(features[i], moveScores);
            }

            int move = BestValid(state, moveScores);
            int label = -1;
            if (move is Move.Left or Move.Right)
            {
                label = BestLabel(move == Move.Left ? LeftLabels : RightLabels, features[..n], labelScores);
            }

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

    /// <summary>The best label other than root.</summary>
    public int BestLabel(WeightTable table, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong key in features)
        {
            table.AddTo(key, scores);
        }

        int best = RootLabel == 0 ? 1 : 0;
        for (int l = 0; l < scores.Length; l++)
        {
            if (l != RootLabel && scores[l] > scores[best])
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
