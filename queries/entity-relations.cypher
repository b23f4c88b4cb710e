// Name:     entity-relations
// Question: What are all the facts about one entity, in either direction, and how often is each stated?
// Param:    name (string) = "Saudi Arabia" -- the entity, by name or alias
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (x:Entity)
WHERE x.name = $name OR $name IN x.aliases
MATCH (x)-[r]-(other:Entity)
WHERE $status = 'any' OR r.status = $status
RETURN CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction,
       type(r) AS predicate, other.name AS other, other.type AS otherType, r.status AS status,
       r.title AS title, r.count AS evidence, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY evidence DESC, predicate, other, status
