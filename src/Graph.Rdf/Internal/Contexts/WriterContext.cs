namespace Graph.Rdf.Internal.Contexts;

/// <summary>Per-document state of one write: declared prefixes and re-minted blank-node labels.</summary>
internal sealed class WriterContext(IEnumerable<RdfNamespace> namespaces)
{
    public PrefixMap Prefixes { get; } = new(namespaces);

    public BlankNodeLabels BlankNodes { get; } = new();
}
