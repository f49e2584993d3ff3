// Every stored REPORTS_TO inside some organizations, for the cycle check of an import.
// Parameters: $orgs (list of organization ids)
// Returns: from, to, since, until
UNWIND $orgs AS orgId
MATCH (:Organization {id: orgId})<-[:WORKS_FOR]-(a:Person)-[r:REPORTS_TO]->(b:Person)
RETURN a.id AS from, b.id AS to, r.since AS since, r.until AS until
