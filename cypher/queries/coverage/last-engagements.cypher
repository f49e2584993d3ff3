// For some people, the day of the latest ENGAGED from one of our people (an organization of kind
// SELF) on or before a date; null when there is none. A person is reached when that day is within
// the reach window (DOMAIN.md section 3.3).
// Parameters: $people (list of person ids), $asOf (date)
// Returns: person, lastEngagedAt
UNWIND $people AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (s:Person)-[e:ENGAGED]->(p)
  WHERE e.day <= $asOf AND EXISTS { (s)-[:WORKS_FOR]->(:Organization {kind: 'SELF'}) }
RETURN id AS person, max(e.day) AS lastEngagedAt
