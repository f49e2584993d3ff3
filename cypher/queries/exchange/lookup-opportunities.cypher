// The stored opportunities among some ids, with their account.
// Parameters: $ids (list of opportunity ids)
// Returns: id, account
UNWIND $ids AS id
MATCH (o:Opportunity {id: id})-[:FOR_ACCOUNT]->(a:Organization)
RETURN o.id AS id, a.id AS account
