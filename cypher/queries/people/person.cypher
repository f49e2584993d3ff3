// One person with their organization and the version an edit must name.
// Parameters: $id (person id)
// Returns: id, name, title, department, email, org, orgName, orgKind, leftAt, version
MATCH (p:Person {id: $id})-[:WORKS_FOR]->(o:Organization)
RETURN p.id AS id, p.name AS name, p.title AS title, p.department AS department, p.email AS email,
       o.id AS org, o.name AS orgName, o.kind AS orgKind, p.leftAt AS leftAt, coalesce(p.version, 0) AS version
