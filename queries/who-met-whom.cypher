// Name:     who-met-whom
// Question: Who met, visited or hosted whom, when and where, and which article says so?
// Param:    limit (int) = 50 -- at most this many meetings
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (e:Event)-[:ACTOR]->(a:Entity)
WHERE e.type IN ['MEET', 'VISIT', 'HOST'] AND ($status = 'any' OR e.status = $status)
MATCH (e)-[:TARGET]->(b:Entity)
MATCH (e)-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH (e)-[:IN_PLACE]->(p:Entity)
RETURN a.name AS actor, e.type AS action, b.name AS counterpart, e.status AS status,
       coalesce(e.date, art.published) AS date, p.name AS place,
       art.title AS article, e.sentence AS sentence
ORDER BY date, actor, counterpart
LIMIT $limit
