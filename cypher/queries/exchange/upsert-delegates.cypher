// Creates or updates DELEGATES relationships, identified by (from, to, opportunity); a null
// opportunity means a delegation for all deals.
// Parameters: $rows (list of {from, to, opportunity, note, since, until})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
OPTIONAL MATCH (a)-[old:DELEGATES]->(b)
  WHERE coalesce(old.opportunity, '') = coalesce(row.opportunity, '')
WITH a, b, row, head(collect(old)) AS old
CALL (a, b, old) {
  WITH a, b, old WHERE old IS NULL
  CREATE (a)-[r:DELEGATES]->(b)
  RETURN r
UNION
  WITH old WHERE old IS NOT NULL
  RETURN old AS r
}
SET r.opportunity = row.opportunity, r.note = row.note, r.since = row.since, r.until = row.until
