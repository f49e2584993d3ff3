// After an org-chart import: ends each current REPORTS_TO of the imported people that goes to a
// manager the file no longer names, so that the formal line follows HR while its history is kept.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $rows (list of {id, manager}; manager null for people without one), $today (date)
// Returns: nothing
UNWIND $rows AS row
MATCH (p:Person {id: row.id})-[r:REPORTS_TO]->(m:Person)
  USING INDEX SEEK p:Person(id)
WHERE r.until IS NULL AND (row.manager IS NULL OR m.id <> row.manager)
SET r.until = CASE WHEN r.since IS NOT NULL AND r.since >= $today THEN r.since + duration('P1D') ELSE $today END
