// Name:     events-in-place
// Question: What happened in a place, including places located in it?
// Param:    place (string) = "Riyadh" -- the place, by name or alias
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
// Places count as inside one another only through asserted LOCATED_IN facts.
MATCH (place:Entity)
WHERE place.name = $place OR $place IN place.aliases
MATCH path = (inner:Entity)-[:LOCATED_IN*0..3]->(place)
WHERE all(l IN relationships(path) WHERE l.status = 'asserted')
MATCH (e:Event)-[:IN_PLACE]->(inner)
WHERE $status = 'any' OR e.status = $status
MATCH (e)-[:ACTOR]->(a:Entity)
MATCH (e)-[:TARGET]->(b:Entity)
MATCH (e)-[:REPORTED_IN]->(art:Article)
RETURN DISTINCT coalesce(e.date, art.published) AS date, inner.name AS place, a.name AS actor,
       e.type AS action, b.name AS target, e.status AS status, e.sentence AS sentence
ORDER BY date, place, actor
