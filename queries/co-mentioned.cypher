// Name:     co-mentioned
// Question: Which entities are most often mentioned in the same articles?
// Param:    limit (int) = 20 -- at most this many pairs
MATCH (a:Entity)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b:Entity)
WHERE a.id < b.id
RETURN a.name AS first, b.name AS second, count(art) AS articles
ORDER BY articles DESC, first, second
LIMIT $limit
