// Creates or updates organizations by id.
// Parameters: $rows (list of {id, name, kind})
// Returns: nothing
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.kind = row.kind
