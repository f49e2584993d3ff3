// Every user with the accounts assigned to them, for the admin page.
// Parameters: none
// Returns: username, role, accounts (list of organization ids)
MATCH (u:User)
OPTIONAL MATCH (u)-[:ASSIGNED_TO]->(o:Organization)
WITH u, o ORDER BY o.id
RETURN u.username AS username, u.role AS role, collect(o.id) AS accounts
ORDER BY username
