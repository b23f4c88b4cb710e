using Graph.Model;

namespace Graph.View.Data;

/// <summary>An entity as the explorer shows it: the stored entity with its mention counts.</summary>
/// <param name="Entity">The stored entity.</param>
/// <param name="Mentions">Mentions summed over every article.</param>
/// <param name="ArticleCount">Number of articles that mention it.</param>
public sealed record ViewEntity(Entity Entity, int Mentions, int ArticleCount)
{
    /// <summary>The entity's stable id.</summary>
    public string Id => Entity.Id;

    /// <summary>The entity's type.</summary>
    public EntityType Type => Entity.Type;

    /// <summary>The entity's canonical name.</summary>
    public string Name => Entity.Name;
}
