// Name:     events-since
// Question: What happened on or after a date?
// Param:    since (date) = 2017-10-01 -- the first day to include
// Param:    limit (int) = 100 -- at most this many events
MATCH (e:Event)-[:REPORTED_IN]->(art:Article)
WITH e, art, coalesce(e.date, art.published) AS date
WHERE date >= $since
MATCH (e)-[:ACTOR]->(a:Entity)
MATCH (e)-[:TARGET]->(b:Entity)
RETURN date, a.name AS actor, e.type AS action, b.name AS target, e.sentence AS sentence, art.title AS article
ORDER BY date, actor, action
LIMIT $limit
