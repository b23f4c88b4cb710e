namespace Graph.Ingestion;

/// <summary>One input found on the command line: a file to read, or a path that failed before reading.</summary>
/// <param name="Path">The file (or the given path, for errors).</param>
/// <param name="Error">Why the path cannot be used, or null for a readable candidate.</param>
public sealed record ArticleInput(string Path, string? Error = null);
