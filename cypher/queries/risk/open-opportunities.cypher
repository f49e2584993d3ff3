// The portfolio: every open opportunity (claimed stage below CLOSED) with its account.
// Parameters: none
// Returns: id, account, amount
MATCH (o:Opportunity)-[:FOR_ACCOUNT]->(a:Organization)
WHERE o.claimedStage <> 'CLOSED'
RETURN o.id AS id, a.id AS account, o.amount AS amount
ORDER BY id
