using Graph.Neo4j;
using Graph.Rdf;

namespace Graph.Cli.Exports;

/// <summary>Every export format, by command-line name.</summary>
internal static class ExportFormats
{
    /// <summary>The default base IRI of the graph's resources.</summary>
    public const string DefaultBaseIri = "https://graph.example.org/";

    private static readonly ExportFormat[] Formats =
    [
        .. Enum.GetValues<RdfFormat>().Select(Rdf),
        new("cypher", "graph.cypher", (source, writer, _) => CypherScriptWriter.Write(source, writer)),
    ];

    /// <summary>Every format, RDF syntaxes first.</summary>
    public static IReadOnlyList<ExportFormat> All => Formats;

    /// <summary>Names accepted by <c>--format</c>.</summary>
    public static string Names => string.Join("|", Formats.Select(f => f.Name));

    /// <summary>Finds a format by name (case-insensitive).</summary>
    public static ExportFormat? Find(string name) =>
        Formats.FirstOrDefault(f => f.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static ExportFormat Rdf(RdfFormat format) =>
        new(RdfFormats.Name(format), "graph" + RdfFormats.Extension(format),
            (source, writer, options) => _ = RdfExport.Write(source, format, writer, new RdfExportOptions(options.BaseIri)));
}
