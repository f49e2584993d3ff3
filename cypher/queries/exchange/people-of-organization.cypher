// The ids of the people of one organization.
// Parameters: $org (organization id)
// Returns: id
MATCH (:Organization {id: $org})<-[:WORKS_FOR]-(p:Person)
RETURN p.id AS id
