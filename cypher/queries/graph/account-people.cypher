// The people of an account who have not left as of a date, for the influence graph.
// Parameters: $account (organization id), $asOf (date)
// Returns: id, name, title, department, organization, organizationName, organizationKind
MATCH (org:Organization {id: $account})<-[:WORKS_FOR]-(p:Person)
WHERE p.leftAt IS NULL OR p.leftAt > $asOf
RETURN p.id AS id, p.name AS name, p.title AS title, p.department AS department,
       org.id AS organization, org.name AS organizationName, org.kind AS organizationKind
ORDER BY id
