namespace Graph.Ingestion;

/// <summary>Progress of an ingest run, reported after each input.</summary>
/// <param name="Done">Inputs finished so far.</param>
/// <param name="Total">Inputs in the run.</param>
/// <param name="Latest">The result just finished.</param>
public sealed record IngestProgress(int Done, int Total, ArticleResult Latest);
