// Name:     relationship-evidence
// Question: What is the evidence for the relationships between two entities: which sentences, in which articles, on which dates?
// Param:    subject (string) = "Rex Tillerson" -- the actor, by name or alias
// Param:    object (string) = "Iranian militias" -- the target, by name or alias
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (s:Entity)
WHERE s.name = $subject OR $subject IN s.aliases
MATCH (o:Entity)
WHERE o.name = $object OR $object IN o.aliases
MATCH (s)-[r]->(o)
WHERE $status = 'any' OR r.status = $status
UNWIND range(0, size(r.sentences) - 1) AS i
MATCH (art:Article {id: r.articles[i]})
RETURN type(r) AS predicate, r.status AS status, r.title AS title, r.count AS count, r.dates AS dates,
       r.sentences[i] AS sentence, art.title AS article, art.published AS published, art.url AS url
ORDER BY predicate, status, published, article
