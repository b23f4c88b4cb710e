// Name:     most-active-actors
// Question: Who are the most active actors for each kind of action?
// Param:    top (int) = 5 -- actors listed per action type
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (e:Event)-[:ACTOR]->(a:Entity)
WHERE $status = 'any' OR e.status = $status
WITH e.type AS action, a.name AS actor, count(e) AS events
ORDER BY action, events DESC, actor
WITH action, collect({actor: actor, events: events}) AS ranked
UNWIND ranked[0..$top] AS entry
RETURN action, entry.actor AS actor, entry.events AS events
ORDER BY action, events DESC, actor
