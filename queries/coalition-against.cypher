// Name:     coalition-against
// Question: Which actors imposed sanctions on, broke relations with, or attacked a country, and since when?
// Param:    country (string) = "Qatar" -- the target, by name or alias
MATCH (target:Entity)
WHERE target.name = $country OR $country IN target.aliases
MATCH (actor:Entity)-[r:IMPOSE_SANCTIONS|BREAK_RELATIONS|ATTACK]->(target)
RETURN actor.name AS actor, actor.type AS actorType,
       collect(DISTINCT type(r)) AS measures,
       sum(r.count) AS evidence, min(r.firstDate) AS since,
       reduce(acc = [], a IN collect(r.articles) | acc + a) AS articles
ORDER BY size(measures) DESC, actor
