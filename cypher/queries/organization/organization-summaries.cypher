// Every organization with how many people (still with it as of $today) and opportunities it has.
// Parameters: $today (date)
// Returns: id, name, kind, people, opportunities
MATCH (o:Organization)
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       COUNT { (o)<-[:WORKS_FOR]-(p:Person) WHERE p.leftAt IS NULL OR p.leftAt > $today } AS people,
       COUNT { (o)<-[:FOR_ACCOUNT]-(:Opportunity) } AS opportunities
ORDER BY kind, name, id
