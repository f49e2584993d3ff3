// Our own people who have not left as of a day (the people who can meet a customer in a what-if),
// by name.
// Parameters: $asOf (date)
// Returns: id, name
MATCH (:Organization {kind: 'SELF'})<-[:WORKS_FOR]-(p:Person)
WHERE p.leftAt IS NULL OR p.leftAt > $asOf
RETURN p.id AS id, p.name AS name
ORDER BY name, id
