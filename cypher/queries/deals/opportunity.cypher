// One opportunity with its account.
// Parameters: $opportunity (opportunity id)
// Returns: id, name, account, accountName, claimedStage, amount, currency
MATCH (o:Opportunity {id: $opportunity})-[:FOR_ACCOUNT]->(a:Organization)
RETURN o.id AS id, o.name AS name, a.id AS account, a.name AS accountName, o.claimedStage AS claimedStage,
       o.amount AS amount, o.currency AS currency
