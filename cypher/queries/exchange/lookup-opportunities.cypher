// The stored opportunities among some ids, with their account.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $ids (list of opportunity ids)
// Returns: id, account
UNWIND $ids AS id
MATCH (o:Opportunity {id: id})-[:FOR_ACCOUNT]->(a:Organization)
  USING INDEX SEEK o:Opportunity(id)
RETURN o.id AS id, a.id AS account
