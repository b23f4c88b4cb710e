// Name:     events-since
// Question: What happened on or after a date?
// Param:    since (date) = 2017-10-01 -- the first day to include
// Param:    limit (int) = 100 -- at most this many events
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (e:Event)-[:REPORTED_IN]->(art:Article)
WHERE $status = 'any' OR e.status = $status
WITH e, art, coalesce(e.date, art.published) AS date
WHERE date >= $since
MATCH (e)-[:ACTOR]->(a:Entity)
MATCH (e)-[:TARGET]->(b:Entity)
RETURN date, a.name AS actor, e.type AS action, b.name AS target, e.status AS status,
       e.sentence AS sentence, art.title AS article
ORDER BY date, actor, action
LIMIT $limit
