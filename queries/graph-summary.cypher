// Name:     graph-summary
// Question: How big is the graph: nodes per label and relationships per type, and how many facts of each status?
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
// Labels and types count the events, facts and event roles of the chosen status, and every node or
// relationship that has no status; the "facts by status" rows count every fact relationship, whatever the choice.
MATCH (n)
WHERE NOT n:Event OR $status = 'any' OR n.status = $status
UNWIND labels(n) AS name
RETURN 'label' AS kind, name, count(*) AS count
UNION ALL
MATCH (a)-[r]->()
WITH r, coalesce(r.status, a.status) AS factStatus
WHERE factStatus IS NULL OR $status = 'any' OR factStatus = $status
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
WHERE r.status IS NOT NULL
RETURN 'facts by status' AS kind, r.status AS name, count(*) AS count
