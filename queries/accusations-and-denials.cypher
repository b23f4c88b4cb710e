// Name:     accusations-and-denials
// Question: Who accused whom of what, and did the accused deny it?
// Param:    limit (int) = 50 -- at most this many accusations
// Param:    status (status) = asserted -- which accusations: asserted, negated, hypothetical, intended, alleged, or any
// What the accused is accused of: the alleged facts about it that the accusation's sentence states or that
// name the accuser as their source. Denials: the same facts reported as negated, and any DENY or REJECT
// the accused is reported to have made.
MATCH (acc:Event {type: 'ACCUSE'})-[:ACTOR]->(accuser:Entity)
WHERE $status = 'any' OR acc.status = $status
MATCH (acc)-[:TARGET]->(accused:Entity)
MATCH (acc)-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH (accused)-[claim]->(what:Entity)
WHERE claim.status = 'alleged' AND (accuser.id IN coalesce(claim.sources, []) OR acc.sentence IN claim.sentences)
OPTIONAL MATCH (accused)-[denial]->(what)
WHERE denial.status = 'negated' AND type(denial) = type(claim)
WITH acc, accuser, accused, art,
     collect(DISTINCT type(claim) + ' ' + what.name) AS allegations,
     collect(DISTINCT type(denial) + ' ' + what.name) AS denied
OPTIONAL MATCH (answer:Event {status: 'asserted'})-[:ACTOR]->(accused)
WHERE answer.type IN ['DENY', 'REJECT']
RETURN accuser.name AS accuser, accused.name AS accused, acc.status AS status,
       coalesce(acc.date, art.published) AS date, acc.sentence AS accusation,
       allegations, denied,
       collect(DISTINCT answer.type + ': ' + answer.sentence) AS answers
ORDER BY date, accuser, accused
LIMIT $limit
