// A new user; the unique constraint on username refuses a second one of the same name.
// Parameters: $username, $passwordHash (bcrypt), $role (ADMIN, ANALYST or KAM)
// Returns: username
CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, createdAt: datetime()})
RETURN u.username AS username
