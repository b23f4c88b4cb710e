// Name:     events-in-place
// Question: What happened in a place, including places located in it?
// Param:    place (string) = "Riyadh" -- the place, by name or alias
MATCH (place:Entity)
WHERE place.name = $place OR $place IN place.aliases
MATCH (inner:Entity)-[:LOCATED_IN*0..3]->(place)
MATCH (e:Event)-[:IN_PLACE]->(inner)
MATCH (e)-[:ACTOR]->(a:Entity)
MATCH (e)-[:TARGET]->(b:Entity)
MATCH (e)-[:REPORTED_IN]->(art:Article)
RETURN DISTINCT coalesce(e.date, art.published) AS date, inner.name AS place, a.name AS actor,
       e.type AS action, b.name AS target, e.sentence AS sentence
ORDER BY date, place, actor
