// Among some stored people, those tied to their organization by something that must stay inside
// it: a REPORTS_TO or INFLUENCES (either direction) or an involvement in one of its deals.
// Moving such a person to another organization would break those ties.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement otherwise scanned the whole index once per id, and kept that plan as the store grew.
// Parameters: $ids (list of person ids)
// Returns: id, org, ties (how many such ties)
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:WORKS_FOR]->(o:Organization)
  USING INDEX SEEK p:Person(id)
WITH p, o, COUNT { (p)-[:REPORTS_TO|INFLUENCES]-(:Person) } + COUNT { (p)-[:HAS_INVOLVEMENT]->() } AS ties
WHERE ties > 0
RETURN p.id AS id, o.id AS org, ties
