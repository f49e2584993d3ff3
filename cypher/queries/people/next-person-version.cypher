// Adds 1 to a person's version and returns the new number. The SET reads the property it writes,
// so Neo4j takes the person's write lock before reading: concurrent editors queue here, and each
// sees the number its predecessor committed (the caller refuses a save whose number moved on).
// Parameters: $id (person id)
// Returns: version (the new version; no row for an unknown person)
MATCH (p:Person {id: $id})
SET p.version = coalesce(p.version, 0) + 1
RETURN p.version AS version
