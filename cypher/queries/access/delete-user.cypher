// Removes a user and their account assignments.
// Parameters: $username
// Returns: deleted
MATCH (u:User {username: $username})
DETACH DELETE u
RETURN count(*) AS deleted
