// One user with the accounts assigned to them, for signing in and for access checks.
// Parameters: $username
// Returns: username, passwordHash, role, accounts (list of organization ids)
MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[:ASSIGNED_TO]->(o:Organization)
RETURN u.username AS username, u.passwordHash AS passwordHash, u.role AS role, collect(o.id) AS accounts
