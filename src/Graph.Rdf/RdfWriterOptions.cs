namespace Graph.Rdf;

/// <summary>Options of the low-level writers (<see cref="RdfWriters.Create"/>).</summary>
/// <param name="Namespaces">
/// Prefixes to declare up front (Turtle, TriG, JSON-LD context, RDF/XML). A streaming writer cannot add
/// prefixes later, so declare every namespace worth abbreviating.
/// </param>
/// <param name="LeaveOpen">When false, completing the writer also disposes the output.</param>
/// <param name="JsonLdVocabulary">
/// JSON-LD only: the <c>@vocab</c> of the inline context, so its terms (types and properties) appear bare.
/// </param>
public sealed record RdfWriterOptions(
    IReadOnlyList<RdfNamespace>? Namespaces = null, bool LeaveOpen = true, string? JsonLdVocabulary = null);
