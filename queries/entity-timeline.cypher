// Name:     entity-timeline
// Question: What did an entity do, and what was done to it, in date order?
// Param:    name (string) = "Rex Tillerson" -- the entity, by name or alias
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (x:Entity)
WHERE x.name = $name OR $name IN x.aliases
MATCH (e:Event)-[role:ACTOR|TARGET]->(x)
WHERE $status = 'any' OR e.status = $status
MATCH (e)-[:ACTOR]->(actor:Entity)
MATCH (e)-[:TARGET]->(target:Entity)
MATCH (e)-[:REPORTED_IN]->(art:Article)
RETURN coalesce(e.date, art.published) AS date, type(role) AS role,
       actor.name AS actor, e.type AS action, target.name AS target, e.status AS status,
       e.sentence AS sentence, art.title AS article
ORDER BY date, art.id, e.sentenceIndex
