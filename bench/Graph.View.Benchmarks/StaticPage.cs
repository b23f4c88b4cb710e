namespace Graph.View.Benchmarks;

/// <summary>One self-contained file written.</summary>
/// <param name="Scope">What it holds, as the report names it.</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="Seconds">Selecting the subgraph and writing the file.</param>
/// <param name="Entities">Entities the file holds.</param>
/// <param name="Relations">Relations the file holds.</param>
internal sealed record StaticPage(string Scope, long Bytes, double Seconds, int Entities, int Relations);
