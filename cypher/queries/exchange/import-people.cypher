// The import's form of upsert-people (the editing services use that one): creates or updates
// people by id and attaches each to their organization (moving them if the document names another
// one). A new person starts at version 0; the version of everyone the import updates is counted
// up, so that an editor who read the older version is told rather than overwriting the import.
// Which people it created tells the writer whose relationships need no MERGE: anyone it matched
// ends at version 1 or more, even one that a concurrent import created a moment before.
// Parameters: $rows (list of {id, name, title, department, email, org, leftAt})
// Returns: created (the id of each person this statement created)
UNWIND $rows AS row
MATCH (org:Organization {id: row.org})
MERGE (p:Person {id: row.id})
  ON CREATE SET p.version = 0
  ON MATCH SET p.version = coalesce(p.version, 0) + 1
SET p.name = row.name, p.title = row.title, p.department = row.department, p.email = row.email,
    p.leftAt = row.leftAt
WITH p, org
OPTIONAL MATCH (p)-[old:WORKS_FOR]->(other:Organization)
  WHERE other <> org
DELETE old
MERGE (p)-[:WORKS_FOR]->(org)
WITH p
  WHERE p.version = 0
RETURN p.id AS created
