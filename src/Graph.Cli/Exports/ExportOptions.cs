namespace Graph.Cli.Exports;

/// <summary>Options every export understands.</summary>
/// <param name="BaseIri">Namespace for the graph's IRIs (RDF formats).</param>
internal sealed record ExportOptions(string BaseIri);
