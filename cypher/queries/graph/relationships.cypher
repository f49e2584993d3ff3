// The relationships between some people as of a date, for the influence graph, one row per
// type and direction: REPORTS_TO, INFLUENCES and KNOWS existing on the date, DELEGATES for
// all deals or this one, and ENGAGED on or before the date (counted, with the latest day).
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $people (list of person ids), $opportunity (opportunity id), $asOf (date)
// Returns: type, from, to, strength (the highest, or null), note (one of them, or null),
//          lastAt (the latest ENGAGED day, or null), count (how many relationships)
UNWIND $people AS id
MATCH (a:Person {id: id})-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS|ENGAGED]->(b:Person)
  USING INDEX SEEK a:Person(id)
WHERE b.id IN $people AND a <> b
  AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  AND (type(r) <> 'ENGAGED' OR r.day <= $asOf)
  AND (type(r) <> 'DELEGATES' OR r.opportunity IS NULL OR r.opportunity = $opportunity)
WITH type(r) AS type, a.id AS from, b.id AS to, collect(r) AS rs
RETURN type, from, to,
       reduce(s = null, x IN rs | CASE WHEN s IS NULL OR x.strength > s THEN x.strength ELSE s END) AS strength,
       [x IN rs WHERE x.note IS NOT NULL | x.note][-1] AS note,
       reduce(d = null, x IN rs | CASE WHEN d IS NULL OR x.day > d THEN x.day ELSE d END) AS lastAt,
       size(rs) AS count
ORDER BY type, from, to
