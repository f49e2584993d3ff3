// The shortest warm paths to people of deals (DOMAIN.md section 3.3): from one of our people (who
// works for an organization of kind SELF), first an ENGAGED within the reach window, then
// REPORTS_TO, INFLUENCES, DELEGATES or KNOWS relationships existing on the date, in either direction
// and across organizations, through people who are not ours, have not left and are not opponents in
// the deal (the target itself may be an opponent); at most 6 relationships. One row of $targets per
// unreached decision-maker of a deal, so that one read serves every deal of a batch.
// The path starts at the SELF organization, not at one of its people: with both ends fixed, ALL
// SHORTEST is one search that stops at the shortest length there is, instead of one search per
// person of ours (an unbound start makes each of them a group of its own, and the search runs to
// the full 6 relationships for every one of them: on a deal of the M benchmark, 38 times the
// database hits).
// Our people are read first, once: with them the query needs no other read before it.
// It gives every shortest path; the application keeps the one whose list of ids is smallest.
// Parameters: $targets (list of {opportunity, person, opponents: list of person ids}), $asOf (date),
//             $windowStart (date: an ENGAGED must be after it)
// Returns: opportunity, target, ids (the person ids along the path, from ours to the target),
//          names (their names)
CALL () {
  MATCH (:Organization {kind: 'SELF'})<-[:WORKS_FOR]-(o:Person)
  RETURN collect(o.id) AS ours
}
UNWIND $targets AS t
MATCH (target:Person {id: t.person})
MATCH (us:Organization {kind: 'SELF'})
MATCH p = ALL SHORTEST
  (us)<-[:WORKS_FOR]-(s:Person)-[e:ENGAGED WHERE e.day > $windowStart AND e.day <= $asOf]->
  (f:Person WHERE (f.leftAt IS NULL OR f.leftAt > $asOf)
                  AND (f = target OR NOT (f.id IN ours OR f.id IN t.opponents)))
  (()-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS
        WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)]-
   (n:Person WHERE (n.leftAt IS NULL OR n.leftAt > $asOf)
                   AND (n = target OR NOT (n.id IN ours OR n.id IN t.opponents)))){0,5}
  (target)
RETURN t.opportunity AS opportunity, t.person AS target, [x IN tail(nodes(p)) | x.id] AS ids,
       [x IN tail(nodes(p)) | x.name] AS names
