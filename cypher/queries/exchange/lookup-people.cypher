// The stored people among some ids, with their organization, for checking references.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement otherwise scanned the whole index once per id, and kept that plan as the store grew.
// Parameters: $ids (list of person ids)
// Returns: id, org, orgKind
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:WORKS_FOR]->(o:Organization)
  USING INDEX SEEK p:Person(id)
RETURN p.id AS id, o.id AS org, o.kind AS orgKind
