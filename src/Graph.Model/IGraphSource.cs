namespace Graph.Model;

/// <summary>
/// The graph as sinks (Neo4j, RDF, Cypher script) read it. Each sequence streams in a stable order
/// (by id), so every sink writes the same bytes for the same graph.
/// </summary>
public interface IGraphSource
{
    /// <summary>Articles ordered by id.</summary>
    IEnumerable<StoredArticle> Articles();

    /// <summary>Entities ordered by id.</summary>
    IEnumerable<Entity> Entities();

    /// <summary>Entity mentions ordered by entity id, then article id.</summary>
    IEnumerable<Mention> Mentions();

    /// <summary>Relations ordered by id, each with its evidence.</summary>
    IEnumerable<Relation> Relations();

    /// <summary>What the sequences above hold, counted without reading them.</summary>
    GraphSize Size();
}
