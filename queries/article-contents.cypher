// Name:     article-contents
// Question: What does one article say: which entities does it mention, and which facts does it state in which sentence?
// Param:    article (string) = "000_3204a382f74a6061.txt" -- the article's id, file name or title
// Param:    status (status) = asserted -- which facts: asserted, negated, hypothetical, intended, alleged, or any
MATCH (art:Article)
WHERE art.id = $article OR art.file = $article OR art.title = $article
CALL (art) {
  MATCH (x:Entity)-[m:MENTIONED_IN]->(art)
  RETURN 'mention' AS kind, -1 AS sentenceIndex, x.name AS subject, x.type AS predicate,
         null AS object, null AS status, toString(m.count) + ' mentions' AS detail
  UNION ALL
  MATCH (e:Event)-[:REPORTED_IN]->(art)
  WHERE $status = 'any' OR e.status = $status
  MATCH (e)-[:ACTOR]->(s:Entity)
  MATCH (e)-[:TARGET]->(o:Entity)
  RETURN 'action' AS kind, e.sentenceIndex AS sentenceIndex, s.name AS subject, e.type AS predicate,
         o.name AS object, e.status AS status, e.sentence AS detail
  UNION ALL
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE r.cameo IS NULL AND art.id IN r.articles AND ($status = 'any' OR r.status = $status)
  UNWIND [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] = art.id | r.sentences[i]] AS sentence
  RETURN 'structural' AS kind, null AS sentenceIndex, s.name AS subject, type(r) AS predicate,
         o.name AS object, r.status AS status, sentence AS detail
}
RETURN art.title AS article, kind, subject, predicate, object, status, detail
ORDER BY kind DESC, sentenceIndex, subject, predicate, object
