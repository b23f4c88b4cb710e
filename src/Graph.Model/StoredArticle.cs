namespace Graph.Model;

/// <summary>An article held by the store.</summary>
/// <param name="Id">Stable id (<see cref="StableId.Article"/>).</param>
/// <param name="FileName">Name of the file it was read from.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Source">Publisher, when known.</param>
/// <param name="Url">Address of the original, when known.</param>
/// <param name="ContentHash">SHA-256 (hex) of the article text.</param>
public sealed record StoredArticle(
    string Id, string FileName, string? Title, DateOnly? Published, string? Source, string? Url, string ContentHash);
