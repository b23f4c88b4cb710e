namespace Graph.Rdf;

/// <summary>Options of <see cref="RdfExport.Write"/>.</summary>
/// <param name="BaseIri">
/// Namespace every minted IRI starts with (<c>--base</c>); <c>/</c> is appended unless it ends with <c>/</c> or <c>#</c>.
/// </param>
public sealed record RdfExportOptions(string BaseIri = "https://graph.example.org/");
