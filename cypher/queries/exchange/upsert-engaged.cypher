// Creates or updates ENGAGED relationships, identified by (from, to, at). `at` keeps the exact
// value (a date or a UTC date-time); `day` is its calendar date, which the analyses compare.
// Parameters: $rows (list of {from, to, at, day, channel, note})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:ENGAGED {at: row.at}]->(b)
SET r.day = row.day, r.channel = row.channel, r.note = row.note
