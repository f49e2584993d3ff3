// The customer accounts some people work for, to check that the caller may see them.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $people (list of person ids)
// Returns: account
UNWIND $people AS id
MATCH (p:Person {id: id})-[:WORKS_FOR]->(o:Organization {kind: 'CUSTOMER'})
  USING INDEX SEEK p:Person(id)
RETURN DISTINCT o.id AS account
