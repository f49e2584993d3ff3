// The people of an export: all of them, or the people of an account and everyone tied to them.
// Parameters: $account (organization id, or null for the whole database)
// Returns: id, name, title, department, email, org, leftAt
MATCH (p:Person)-[:WORKS_FOR]->(o:Organization)
WHERE $account IS NULL OR o.id = $account
   OR EXISTS {
     (p)-[:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS|ENGAGED]-(:Person)-[:WORKS_FOR]->(:Organization {id: $account})
   }
RETURN p.id AS id, p.name AS name, p.title AS title, p.department AS department, p.email AS email,
       o.id AS org, p.leftAt AS leftAt
ORDER BY id
