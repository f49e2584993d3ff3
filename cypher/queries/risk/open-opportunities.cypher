// The portfolio: every open opportunity (claimed stage below CLOSED) with its account, of the
// accounts the caller may see.
// Parameters: $allowedAccountIds (list of account ids, or null for every account)
// Returns: id, account, amount
MATCH (o:Opportunity)-[:FOR_ACCOUNT]->(a:Organization)
WHERE o.claimedStage <> 'CLOSED' AND ($allowedAccountIds IS NULL OR a.id IN $allowedAccountIds)
RETURN o.id AS id, a.id AS account, o.amount AS amount
ORDER BY id
