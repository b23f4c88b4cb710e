using System.Buffers;
using System.Globalization;

namespace Graph.Rdf.Internal.Contexts;

/// <summary>
/// Blank-node labels valid in every syntax (Turtle labels, XML NCNames for <c>rdf:nodeID</c>, JSON-LD <c>_:</c>
/// ids). ASCII letter-and-digit labels pass through as <c>n</c>+label, with no memory per label, so streaming
/// stays flat; any other label is re-minted as <c>b0</c>, <c>b1</c> … (remembered for the document).
/// </summary>
internal sealed class BlankNodeLabels
{
    private static readonly SearchValues<char> AsciiAlphanumeric =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public string For(string label)
    {
        if (!label.AsSpan().ContainsAnyExcept(AsciiAlphanumeric))
        {
            return "n" + label;
        }

        if (!_labels.TryGetValue(label, out string? minted))
        {
            minted = "b" + _labels.Count.ToString(CultureInfo.InvariantCulture);
            _labels.Add(label, minted);
        }

        return minted;
    }
}
