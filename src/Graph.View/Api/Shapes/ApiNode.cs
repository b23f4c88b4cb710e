namespace Graph.View.Api.Shapes;

/// <summary>An entity on the wire (<c>Node</c> in the API documentation).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Type">Entity type name (<c>Person</c>, ...).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Mentions">Mentions over every article.</param>
/// <param name="Articles">Number of articles that mention it.</param>
public sealed record ApiNode(string Id, string Type, string Name, int Mentions, int Articles)
{
    /// <summary>Its other names (node details and the dump only).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>The name or alias a search matched (search results only).</summary>
    public string? Matched { get; init; }
}
