// Name:     shortest-path
// Question: How are two entities connected: the shortest chain of facts between them?
// Param:    source (string) = "Rex Tillerson" -- the first entity, by name or alias
// Param:    target (string) = "Qatar" -- the second entity, by name or alias
// Only entity-to-entity fact relationships count (not shared articles or event nodes).
MATCH (a:Entity)
WHERE a.name = $source OR $source IN a.aliases
MATCH (b:Entity)
WHERE (b.name = $target OR $target IN b.aliases) AND b <> a
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS entities,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS facts,
       length(p) AS hops
ORDER BY hops
LIMIT 1
