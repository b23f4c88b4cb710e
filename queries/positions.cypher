// Name:     positions
// Question: Which positions do people hold, and in which country or organization?
// Param:    limit (int) = 100 -- at most this many positions
MATCH (p:Person)-[r:HOLDS_POSITION]->(org:Entity)
RETURN p.name AS person, r.title AS title, org.name AS `in`, org.type AS inType,
       r.count AS evidence, r.articles AS articles
ORDER BY person, title
LIMIT $limit
