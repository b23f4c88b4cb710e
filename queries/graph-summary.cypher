// Name:     graph-summary
// Question: How big is the graph: nodes per label and relationships per type?
MATCH (n)
UNWIND labels(n) AS name
RETURN 'label' AS kind, name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
