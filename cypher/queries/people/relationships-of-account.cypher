// The relationships between people that touch an account's people, ENGAGED left out (engagements
// are logged, not edited), for the list an editor ends or changes them from.
// Parameters: $account (organization id)
// Returns: type, from, fromName, to, toName, strength, opportunity, note, context, since, until
MATCH (a:Person)-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS]->(b:Person)
WHERE EXISTS { (a)-[:WORKS_FOR]->(:Organization {id: $account}) }
   OR EXISTS { (b)-[:WORKS_FOR]->(:Organization {id: $account}) }
RETURN type(r) AS type, a.id AS from, a.name AS fromName, b.id AS to, b.name AS toName,
       r.strength AS strength, r.opportunity AS opportunity, r.note AS note, r.context AS context,
       r.since AS since, r.until AS until
ORDER BY type, fromName, from, toName, to, coalesce(opportunity, '')
