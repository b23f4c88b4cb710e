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

    /// <summary>
    /// Ids of entities merged into another one (entity resolution), ordered: they are not among <see cref="Entities"/>,
    /// and a sink keeping an earlier copy of the graph (a Neo4j database) deletes their nodes. None by default.
    /// </summary>
    IEnumerable<string> RetiredEntityIds() => [];

    /// <summary>
    /// Ids of events the graph no longer has, ordered: those of relations a merge re-keyed (their events now have other
    /// ids), and those an earlier entity resolution produced that the current one does not (a split gives an entity its
    /// facts back). A sink keeping an earlier copy deletes them. None by default.
    /// </summary>
    IEnumerable<string> RetiredEventIds() => [];

    /// <summary>
    /// Links an earlier entity resolution produced that the current one does not, ordered by kind, then ends and id: a
    /// sink keeping an earlier copy deletes them. Links of entities merged away now, and the places and sources of events
    /// retired now, are left out (deleting the node deletes them). None by default.
    /// </summary>
    IEnumerable<RetiredLink> RetiredLinks() => [];
}
