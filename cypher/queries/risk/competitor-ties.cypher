// COMPETITOR_TIE (DOMAIN.md section 3.4): which of some people have a KNOWS, existing on the date
// and in either direction, to a person of a COMPETITOR organization who has not left.
// (The analysis reads the same as part of deals/deals; this saved query lets analysts run it on
// their own.)
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $people (list of person ids), $asOf (date)
// Returns: person, competitors (list of {id, name, organization})
UNWIND $people AS id
MATCH (p:Person {id: id})-[k:KNOWS]-(c:Person)-[:WORKS_FOR]->(org:Organization {kind: 'COMPETITOR'})
  USING INDEX SEEK p:Person(id)
WHERE (k.since IS NULL OR k.since <= $asOf) AND (k.until IS NULL OR k.until > $asOf)
  AND (c.leftAt IS NULL OR c.leftAt > $asOf)
RETURN id AS person, collect(DISTINCT {id: c.id, name: c.name, organization: org.name}) AS competitors
ORDER BY person
