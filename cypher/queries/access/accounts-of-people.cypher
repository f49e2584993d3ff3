// The customer accounts some people work for, to check that the caller may see them.
// Parameters: $people (list of person ids)
// Returns: account
UNWIND $people AS id
MATCH (:Person {id: id})-[:WORKS_FOR]->(o:Organization {kind: 'CUSTOMER'})
RETURN DISTINCT o.id AS account
