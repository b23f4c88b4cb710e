using Graph.Syntax.Models;
using Graph.Syntax.Names;

namespace Graph.Syntax;

/// <summary>
/// A trained recognizer of person, organization and location names in parsed sentences (BIO labels over the words,
/// from their spelling, predicted tags and relations and the labels before them). Immutable and thread-safe; load it
/// once (<see cref="Default"/> is the model built into the assembly).
/// </summary>
public sealed class NameModel
{
    /// <summary>Name of the embedded model resource.</summary>
    public const string ResourceName = "models/en.names.bin";

    private static readonly Lazy<NameModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static Workspace? _workspace;

    private readonly NameRecognizer _recognizer;

    internal NameModel(NameRecognizer recognizer) => _recognizer = recognizer;

    /// <summary>The model built into this assembly; loaded on first use.</summary>
    public static NameModel Default => LazyDefault.Value;

    /// <summary>Number of weights.</summary>
    public int WeightCount => _recognizer.Weights.Weights;

    /// <summary>The name words the model was trained with.</summary>
    public NameLexicon Lexicon => _recognizer.Lexicon;

    /// <summary>Reads a model file written by <see cref="Save"/> (the stream is read to the end, not closed).</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a name model.</exception>
    public static NameModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var (weights, lexicon) = NameModelFormat.Read(stream);
            return new NameModel(new NameRecognizer(weights, lexicon));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the name model is truncated", ex);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("the name model is damaged: " + ex.Message, ex);
        }
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        NameModelFormat.Write(stream, _recognizer.Weights, _recognizer.Lexicon);
    }

    /// <summary>The names in a parsed sentence, in order; they never overlap.</summary>
    public IReadOnlyList<NameSpan> Recognize(ParsedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int n = sentence.Tokens.Count;
        if (n == 0)
        {
            return [];
        }

        var work = _workspace ??= new Workspace();
        work.Words.Load(sentence.Tokens, _recognizer.Lexicon);
        if (work.Labels.Length < n)
        {
            work.Labels = new int[Math.Max(n, work.Labels.Length * 2)];
            work.Margins = new float[work.Labels.Length];
        }

        _recognizer.Label(work.Words, work.Labels.AsSpan(0, n), work.Margins.AsSpan(0, n));
        var spans = NameLabels.Spans(new ArraySegment<int>(work.Labels, 0, n));
        var names = new NameSpan[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            float margin = float.PositiveInfinity;
            for (int i = start; i < end; i++)
            {
                margin = Math.Min(margin, work.Margins[i]);
            }

            // The margin stays the recognizer's own: the word taken in was labelled outside.
            if (type == NameType.Person && ChainHeadBefore(sentence.Tokens, start) && (k == 0 || spans[k - 1].End < start))
            {
                start--;
            }

            names[k] = new NameSpan(start, end, type, margin);
        }

        return names;
    }

    /// <summary>
    /// Whether the word before a person's name heads the name's first word as a multiword name (<c>flat</c>) and begins
    /// that name itself, capitalized and not a name's part of another: "Abiy Ahmed", whose second word the lexicon
    /// knows as a given name and the first not, is one name.
    /// </summary>
    internal static bool ChainHeadBefore(IReadOnlyList<SyntaxToken> tokens, int start)
    {
        if (start == 0 || tokens[start].Relation != "flat" || tokens[start].Head != start - 1)
        {
            return false;
        }

        SyntaxToken head = tokens[start - 1];
        return head.Upos == "PROPN" && head.Form.Length > 1 && char.IsUpper(head.Form[0]) && head.Relation is not ("flat" or "compound");
    }

    private static NameModel LoadDefault()
    {
        using var stream = typeof(NameModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded name model " + ResourceName + " is missing from the assembly");
        return Load(stream);
    }

    /// <summary>Buffers reused between sentences on one thread.</summary>
    private sealed class Workspace
    {
        public NameWords Words { get; } = new();

        public int[] Labels { get; set; } = new int[64];

        public float[] Margins { get; set; } = new float[64];
    }
}
