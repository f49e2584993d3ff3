// Every stored REPORTS_TO inside some organizations, for the cycle check of an import.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $orgs (list of organization ids)
// Returns: from, to, since, until
UNWIND $orgs AS orgId
MATCH (org:Organization {id: orgId})<-[:WORKS_FOR]-(a:Person)-[r:REPORTS_TO]->(b:Person)
  USING INDEX SEEK org:Organization(id)
RETURN a.id AS from, b.id AS to, r.since AS since, r.until AS until
