// Creates or updates INFLUENCES relationships, identified by (from, to).
// Parameters: $rows (list of {from, to, strength, note, since, until})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:INFLUENCES]->(b)
SET r.strength = row.strength, r.note = row.note, r.since = row.since, r.until = row.until
