// Our people: everyone who works for an organization of kind SELF, whether or not they have left
// (a warm path starts at one of them, DOMAIN.md section 3.3), with their names.
// Parameters: none
// Returns: id, name
MATCH (:Organization {kind: 'SELF'})<-[:WORKS_FOR]-(p:Person)
RETURN DISTINCT p.id AS id, p.name AS name
