// Name:     accusations-and-denials
// Question: Who accused whom, and did the accused deny or reject it?
// Param:    limit (int) = 50 -- at most this many accusations
MATCH (acc:Event {type: 'ACCUSE'})-[:ACTOR]->(accuser:Entity)
MATCH (acc)-[:TARGET]->(accused:Entity)
MATCH (acc)-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH (answer:Event)-[:ACTOR]->(accused)
WHERE answer.type IN ['DENY', 'REJECT']
RETURN accuser.name AS accuser, accused.name AS accused,
       coalesce(acc.date, art.published) AS date, acc.sentence AS accusation,
       collect(DISTINCT answer.type + ': ' + answer.sentence) AS answers
ORDER BY date, accuser, accused
LIMIT $limit
