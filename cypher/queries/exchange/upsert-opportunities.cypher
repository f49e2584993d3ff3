// Creates or updates opportunities by id and attaches each to its account. A new one starts at
// version 0 (edits count up from there).
// Parameters: $rows (list of {id, name, account, claimedStage, amount, currency})
// Returns: nothing
UNWIND $rows AS row
MATCH (account:Organization {id: row.account})
MERGE (o:Opportunity {id: row.id})
  ON CREATE SET o.version = 0
SET o.name = row.name, o.claimedStage = row.claimedStage, o.amount = row.amount, o.currency = row.currency
WITH o, account
OPTIONAL MATCH (o)-[old:FOR_ACCOUNT]->(other:Organization)
  WHERE other <> account
DELETE old
MERGE (o)-[:FOR_ACCOUNT]->(account)
