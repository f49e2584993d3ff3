// Changes a user's role and, when given, password hash.
// Parameters: $username, $role, $passwordHash (null keeps the password)
// Returns: username
MATCH (u:User {username: $username})
SET u.role = $role, u.passwordHash = coalesce($passwordHash, u.passwordHash)
RETURN u.username AS username
