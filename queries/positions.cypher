// Name:     positions
// Question: Which positions do people hold, and in which country or organization?
// Param:    limit (int) = 100 -- at most this many positions
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (p:Person)-[r:HOLDS_POSITION]->(org:Entity)
WHERE $status = 'any' OR r.status = $status
RETURN p.name AS person, r.title AS title, org.name AS `in`, org.type AS inType, r.status AS status,
       r.count AS evidence, r.articles AS articles
ORDER BY person, title, status
LIMIT $limit
