// Among some stored people, those tied to their organization by something that must stay inside
// it: a REPORTS_TO or INFLUENCES (either direction) or an involvement in one of its deals.
// Moving such a person to another organization would break those ties.
// Parameters: $ids (list of person ids)
// Returns: id, org, ties (how many such ties)
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:WORKS_FOR]->(o:Organization)
WITH p, o, COUNT { (p)-[:REPORTS_TO|INFLUENCES]-(:Person) } + COUNT { (p)-[:HAS_INVOLVEMENT]->() } AS ties
WHERE ties > 0
RETURN p.id AS id, o.id AS org, ties
