// Our own people: everyone of an organization of kind SELF.
// Parameters: none
// Returns: id
MATCH (:Organization {kind: 'SELF'})<-[:WORKS_FOR]-(p:Person)
RETURN p.id AS id
