// The stored organizations among some ids, for checking references of an imported document.
// Parameters: $ids (list of organization ids)
// Returns: id, kind
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id, o.kind AS kind
