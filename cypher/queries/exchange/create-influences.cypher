// Creates INFLUENCES relationships, identified by (from, to).
// Only for relationships that touch a person the same import has just created (import-people
// says which): no stored relationship can be one of them, so there is nothing to merge with, and
// the validator has refused a document that gives the same identity twice.
// Parameters: $rows (list of {from, to, strength, note, since, until})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
CREATE (a)-[r:INFLUENCES]->(b)
SET r.strength = row.strength, r.note = row.note, r.since = row.since, r.until = row.until
