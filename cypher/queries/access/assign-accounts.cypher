// Replaces the accounts (CUSTOMER organizations) assigned to a user; ids that are not accounts
// are skipped (the service checks them first).
// Parameters: $username, $accounts (list of organization ids)
// Returns: assigned (how many accounts the user has now)
MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[old:ASSIGNED_TO]->()
DELETE old
WITH DISTINCT u
CALL (u) {
  UNWIND $accounts AS id
  MATCH (o:Organization {id: id, kind: 'CUSTOMER'})
  MERGE (u)-[:ASSIGNED_TO]->(o)
  RETURN count(o) AS assigned
}
RETURN assigned
