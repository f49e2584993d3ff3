// Adds 1 to an opportunity's version and returns the new number. The SET reads the property it
// writes, so Neo4j takes the write lock before reading: concurrent editors queue here, and each
// sees the number its predecessor committed (the caller refuses a save whose number moved on).
// Parameters: $opportunity (opportunity id)
// Returns: version (the new version; no row for an unknown opportunity)
MATCH (o:Opportunity {id: $opportunity})
SET o.version = coalesce(o.version, 0) + 1
RETURN o.version AS version
