// One opportunity with every field an edit repeats, and the version it must name.
// Parameters: $opportunity (opportunity id)
// Returns: id, name, account, claimedStage, amount, currency, version
MATCH (o:Opportunity {id: $opportunity})-[:FOR_ACCOUNT]->(a:Organization)
RETURN o.id AS id, o.name AS name, a.id AS account, o.claimedStage AS claimedStage, o.amount AS amount,
       o.currency AS currency, coalesce(o.version, 0) AS version
