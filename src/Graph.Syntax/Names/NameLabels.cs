namespace Graph.Syntax.Names;

/// <summary>
/// The recognizer's BIO labels as class ids: 0 is <c>O</c>, then <c>B-</c> and <c>I-</c> of each
/// <see cref="NameType"/> in turn (1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC).
/// </summary>
internal static class NameLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 7;

    /// <summary>The label outside any name.</summary>
    public const int Outside = 0;

    /// <summary>The label id before the sentence start.</summary>
    public const int None = -1;

    private static readonly string[] Codes = ["PER", "ORG", "LOC"];

    /// <summary>The id of <c>B-</c> of a type.</summary>
    public static int Begin(NameType type) => 1 + (2 * (int)type);

    /// <summary>Whether a label begins a name.</summary>
    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    /// <summary>Whether a label continues a name.</summary>
    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>The type of a <c>B-</c> or <c>I-</c> label.</summary>
    public static NameType TypeOf(int label) => (NameType)((label - 1) / 2);

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/>: an <c>I-</c> only continues its own type.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    /// <summary>The id of an IOB2 label such as <c>B-PER</c>; any other label (<c>O</c>, <c>B-MISC</c>) is outside.</summary>
    public static int Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length < 3 || label[1] != '-' || (label[0] != 'B' && label[0] != 'I'))
        {
            return Outside;
        }

        int type = Array.IndexOf(Codes, label[2..]);
        return type < 0 ? Outside : 1 + (2 * type) + (label[0] == 'I' ? 1 : 0);
    }

    /// <summary>The IOB2 code of a type (<c>PER</c>, <c>ORG</c>, <c>LOC</c>).</summary>
    public static string Code(NameType type) => Codes[(int)type];

    /// <summary>
    /// The spans of a label sequence; an <c>I-</c> that does not continue its type starts a span (the usual reading
    /// of IOB2 by the CoNLL scorer).
    /// </summary>
    public static List<(int Start, int End, NameType Type)> Spans(IReadOnlyList<int> labels)
    {
        var spans = new List<(int, int, NameType)>();
        int start = -1;
        for (int i = 0; i <= labels.Count; i++)
        {
            int label = i < labels.Count ? labels[i] : Outside;
            bool continues = IsInside(label) && start >= 0 && TypeOf(labels[start]) == TypeOf(label);
            if (start >= 0 && !continues)
            {
                spans.Add((start, i, TypeOf(labels[start])));
                start = -1;
            }

            if (label != Outside && !continues)
            {
                start = i;
            }
        }

        return spans;
    }

    /// <summary>
    /// The best label allowed after <paramref name="previous"/> (the first on ties, for determinism) and how far its
    /// score leads the next allowed label's.
    /// </summary>
    public static int Best(int previous, ReadOnlySpan<float> scores, out float margin)
    {
        int best = -1;
        float first = float.NegativeInfinity;
        float second = float.NegativeInfinity;
        for (int label = 0; label < Count; label++)
        {
            if (!Allowed(previous, label))
            {
                continue;
            }

            if (scores[label] > first)
            {
                second = first;
                first = scores[label];
                best = label;
            }
            else if (scores[label] > second)
            {
                second = scores[label];
            }
        }

        margin = first - second;
        return best;
    }
}
