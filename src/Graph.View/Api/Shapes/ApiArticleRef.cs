namespace Graph.View.Api.Shapes;

/// <summary>An article on the wire (<c>ArticleRef</c> in the API documentation).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Published">Publication date (yyyy-MM-dd), when known.</param>
/// <param name="Source">Publisher, when known.</param>
/// <param name="Url">Address of the original, when known.</param>
public sealed record ApiArticleRef(string Id, string? Title, string? Published, string? Source, string? Url)
{
    /// <summary>The file it was read from (article details and the dump only).</summary>
    public string? FileName { get; init; }
}
