// Name:     coalition-against
// Question: Which actors imposed sanctions on, broke relations with, or attacked a country, and since when?
// Param:    country (string) = "Qatar" -- the target, by name or alias
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
// A measure that is not asserted is listed with its status, e.g. "ATTACK (intended)".
MATCH (target:Entity)
WHERE target.name = $country OR $country IN target.aliases
MATCH (actor:Entity)-[r:IMPOSE_SANCTIONS|BREAK_RELATIONS|ATTACK]->(target)
WHERE $status = 'any' OR r.status = $status
RETURN actor.name AS actor, actor.type AS actorType,
       collect(DISTINCT type(r) + CASE r.status WHEN 'asserted' THEN '' ELSE ' (' + r.status + ')' END) AS measures,
       sum(r.count) AS evidence, min(r.firstDate) AS since,
       reduce(acc = [], a IN collect(r.articles) | acc + a) AS articles
ORDER BY size(measures) DESC, actor
