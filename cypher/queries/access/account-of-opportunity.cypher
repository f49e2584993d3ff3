// The account an opportunity is for, to check that the caller may see it.
// Parameters: $opportunity (opportunity id)
// Returns: account
MATCH (:Opportunity {id: $opportunity})-[:FOR_ACCOUNT]->(a:Organization)
RETURN a.id AS account
