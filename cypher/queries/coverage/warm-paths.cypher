// The shortest warm paths to one person (DOMAIN.md section 3.3): from one of our people, first an
// ENGAGED within the reach window, then REPORTS_TO, INFLUENCES, DELEGATES or KNOWS relationships
// existing on the date, in either direction and across organizations, through people who are not
// ours, have not left and are not opponents in the deal (both given as $blocked; the target itself
// may be an opponent); at most 6 relationships. An ENGAGED always starts at one of our people.
// ALL SHORTEST gives the shortest paths from each of our people who has one; the application keeps
// the shortest of all and, among those, the one whose list of ids is smallest.
// Parameters: $target (person id), $asOf (date), $windowStart (date: an ENGAGED must be after it),
//             $blocked (list of person ids that may not be on the path: our people and the deal's
//             opponents)
// Returns: ids (the person ids along the path, from ours to the target), names (their names)
MATCH (target:Person {id: $target})
MATCH p = ALL SHORTEST
  (s:Person)-[e:ENGAGED WHERE e.day > $windowStart AND e.day <= $asOf]->
  (f:Person WHERE (f.leftAt IS NULL OR f.leftAt > $asOf) AND (f = target OR NOT f.id IN $blocked))
  (()-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS
        WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)]-
   (n:Person WHERE (n.leftAt IS NULL OR n.leftAt > $asOf) AND (n = target OR NOT n.id IN $blocked))){0,5}
  (target)
RETURN [x IN nodes(p) | x.id] AS ids, [x IN nodes(p) | x.name] AS names
