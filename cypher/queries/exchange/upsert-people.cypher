// Creates or updates people by id and attaches each to their organization (moving them if the
// document names another one). A new person starts at version 0 (edits count up from there).
// Parameters: $rows (list of {id, name, title, department, email, org, leftAt})
// Returns: nothing
UNWIND $rows AS row
MATCH (org:Organization {id: row.org})
MERGE (p:Person {id: row.id})
  ON CREATE SET p.version = 0
SET p.name = row.name, p.title = row.title, p.department = row.department, p.email = row.email,
    p.leftAt = row.leftAt
WITH p, org
OPTIONAL MATCH (p)-[old:WORKS_FOR]->(other:Organization)
  WHERE other <> org
DELETE old
MERGE (p)-[:WORKS_FOR]->(org)
