// The people of other organizations tied to some people of an account as of a date, for the
// influence graph: those who KNOW them (either direction, a tie existing on the date) and our
// people who ENGAGED them on or before the date. People who have left are not shown.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $people (list of person ids of the account), $account (organization id), $asOf (date)
// Returns: id, name, title, department, organization, organizationName, organizationKind
UNWIND $people AS id
MATCH (inside:Person {id: id})-[r:KNOWS|ENGAGED]-(p:Person)-[:WORKS_FOR]->(org:Organization)
  USING INDEX SEEK inside:Person(id)
WHERE org.id <> $account
  AND (p.leftAt IS NULL OR p.leftAt > $asOf)
  AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  AND (type(r) <> 'ENGAGED' OR (r.day <= $asOf AND startNode(r) = p))
WITH DISTINCT p, org
RETURN p.id AS id, p.name AS name, p.title AS title, p.department AS department,
       org.id AS organization, org.name AS organizationName, org.kind AS organizationKind
ORDER BY id
