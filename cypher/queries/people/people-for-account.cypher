// The people an editor of an account's deals picks from: the account's own people, our (SELF)
// people and everyone with a KNOWS tie to a person of the account. Leavers included.
// Parameters: $account (organization id)
// Returns: id, name, title, org, orgName, orgKind
MATCH (p:Person)-[:WORKS_FOR]->(o:Organization)
WHERE o.id = $account OR o.kind = 'SELF'
   OR EXISTS { (p)-[:KNOWS]-(:Person)-[:WORKS_FOR]->(:Organization {id: $account}) }
RETURN p.id AS id, p.name AS name, p.title AS title, o.id AS org, o.name AS orgName, o.kind AS orgKind
ORDER BY o.id <> $account, o.kind, p.name, p.id
