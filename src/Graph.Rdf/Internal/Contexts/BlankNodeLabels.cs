using System.Globalization;

namespace Graph.Rdf.Internal.Contexts;

/// <summary>
/// Re-mints blank-node labels per document (<c>b0</c>, <c>b1</c> …): labels are scoped to one file, and the
/// minted form is valid everywhere (Turtle labels, XML NCNames for <c>rdf:nodeID</c>, JSON-LD <c>_:</c> ids).
/// </summary>
internal sealed class BlankNodeLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public string For(string label)
    {
        if (!_labels.TryGetValue(label, out string? minted))
        {
            minted = "b" + _labels.Count.ToString(CultureInfo.InvariantCulture);
            _labels.Add(label, minted);
        }

        return minted;
    }
}
