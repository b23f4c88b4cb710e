namespace Graph.Model;

/// <summary>An article mentions an entity <paramref name="Count"/> times.</summary>
/// <param name="EntityId">The entity.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Count">Number of mentions in that article.</param>
public sealed record Mention(string EntityId, string ArticleId, int Count);
