// Every account (CUSTOMER organization), for assigning accounts to users.
// Parameters: none
// Returns: id, name
MATCH (o:Organization {kind: 'CUSTOMER'})
RETURN o.id AS id, o.name AS name
ORDER BY id
