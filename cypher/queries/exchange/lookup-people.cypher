// The stored people among some ids, with their organization, for checking references.
// Parameters: $ids (list of person ids)
// Returns: id, org, orgKind
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:WORKS_FOR]->(o:Organization)
RETURN p.id AS id, o.id AS org, o.kind AS orgKind
