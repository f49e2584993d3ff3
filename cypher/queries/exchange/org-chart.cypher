// The org chart of one organization as of a day, for the CSV export: its people who have not left,
// each with their manager (a REPORTS_TO existing that day to another of those people; the one with
// the latest `since`, then the smallest id, when there are several; a line without `since` last).
// Parameters: $org (organization id), $today (date)
// Returns: id, name, title, department, email, manager
MATCH (:Organization {id: $org})<-[:WORKS_FOR]-(p:Person)
WHERE p.leftAt IS NULL OR p.leftAt > $today
OPTIONAL MATCH (p)-[r:REPORTS_TO]->(m:Person)-[:WORKS_FOR]->(:Organization {id: $org})
  WHERE (r.since IS NULL OR r.since <= $today) AND (r.until IS NULL OR r.until > $today)
    AND (m.leftAt IS NULL OR m.leftAt > $today)
WITH p, m, r
ORDER BY p.id, r.since IS NULL, r.since DESC, m.id
WITH p, collect(m.id) AS managers
RETURN p.id AS id, p.name AS name, p.title AS title, p.department AS department, p.email AS email,
       managers[0] AS manager
ORDER BY id
