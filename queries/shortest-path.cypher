// Name:     shortest-path
// Question: How are two entities connected: the shortest chain of facts between them?
// Param:    source (string) = "Rex Tillerson" -- the first entity, by name or alias
// Param:    target (string) = "Qatar" -- the second entity, by name or alias
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
// Only entity-to-entity fact relationships of the chosen status count (not shared articles or event nodes);
// a fact that is not asserted is shown with its status.
MATCH (a:Entity)
WHERE a.name = $source OR $source IN a.aliases
MATCH (b:Entity)
WHERE (b.name = $target OR $target IN b.aliases) AND b <> a
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity) AND all(r IN relationships(p) WHERE $status = 'any' OR r.status = $status)
RETURN [n IN nodes(p) | n.name] AS entities,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r)
          + CASE r.status WHEN 'asserted' THEN '' ELSE ' (' + r.status + ')' END + '-> ' + endNode(r).name] AS facts,
       length(p) AS hops
ORDER BY hops
LIMIT 1
