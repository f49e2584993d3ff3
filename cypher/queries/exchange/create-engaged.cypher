// Creates ENGAGED relationships, identified by (from, to, at). `at` keeps the exact value (a date
// or a UTC date-time); `day` is its calendar date, which the analyses compare.
// Only for relationships that touch a person the same import has just created (import-people
// says which): no stored relationship can be one of them, so there is nothing to merge with, and
// the validator has refused a document that gives the same identity twice.
// Parameters: $rows (list of {from, to, at, day, channel, note})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
CREATE (a)-[r:ENGAGED {at: row.at}]->(b)
SET r.day = row.day, r.channel = row.channel, r.note = row.note
