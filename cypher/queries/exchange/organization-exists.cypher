// An organization by id, to check the target of an org-chart import.
// Parameters: $id (organization id)
// Returns: id, kind
MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.kind AS kind
