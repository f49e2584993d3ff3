// The shortest warm paths to one person (DOMAIN.md section 3.3): from one of our people (who works
// for an organization of kind SELF), first an ENGAGED within the reach window, then REPORTS_TO,
// INFLUENCES, DELEGATES or KNOWS relationships existing on the date, in either direction and across
// organizations, through people who are not ours, have not left and are not opponents in the deal
// (both given as $blocked; the target itself may be an opponent); at most 6 relationships.
// The path starts at the SELF organization, not at one of its people: with both ends fixed, ALL
// SHORTEST is one search that stops at the shortest length there is, instead of one search per
// person of ours (an unbound start makes each of them a group of its own, and the search runs to
// the full 6 relationships for every one of them: on a deal of the M benchmark, 38 times the
// database hits).
// It gives every shortest path; the application keeps the one whose list of ids is smallest.
// Parameters: $target (person id), $asOf (date), $windowStart (date: an ENGAGED must be after it),
//             $blocked (list of person ids that may not be on the path: our people and the deal's
//             opponents)
// Returns: ids (the person ids along the path, from ours to the target), names (their names)
MATCH (target:Person {id: $target})
MATCH (us:Organization {kind: 'SELF'})
MATCH p = ALL SHORTEST
  (us)<-[:WORKS_FOR]-(s:Person)-[e:ENGAGED WHERE e.day > $windowStart AND e.day <= $asOf]->
  (f:Person WHERE (f.leftAt IS NULL OR f.leftAt > $asOf) AND (f = target OR NOT f.id IN $blocked))
  (()-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS
        WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)]-
   (n:Person WHERE (n.leftAt IS NULL OR n.leftAt > $asOf) AND (n = target OR NOT n.id IN $blocked))){0,5}
  (target)
RETURN [x IN tail(nodes(p)) | x.id] AS ids, [x IN tail(nodes(p)) | x.name] AS names
