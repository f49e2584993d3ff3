// How many users there are: none means a fresh database that needs its first admin.
// Parameters: none
// Returns: users
MATCH (u:User)
RETURN count(u) AS users
