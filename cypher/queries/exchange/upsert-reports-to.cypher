// Creates or updates REPORTS_TO relationships, identified by (from, to).
// Parameters: $rows (list of {from, to, since, until})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:REPORTS_TO]->(b)
SET r.since = row.since, r.until = row.until
