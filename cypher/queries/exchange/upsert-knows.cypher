// Creates or updates KNOWS relationships, identified by (from, to).
// Parameters: $rows (list of {from, to, strength, context, since, until})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:KNOWS]->(b)
SET r.strength = row.strength, r.context = row.context, r.since = row.since, r.until = row.until
