// The involvements of an opportunity as of a date: each involved person who has not left, with
// what their assessments up to that date say, applied in order (a field left out keeps its
// earlier value), and the day the current stage was recorded.
// Parameters: $opportunity (opportunity id), $asOf (date)
// Returns: person, name, title, role, stage, stageSince, attitude, participation, lastAssessedAt
MATCH (o:Opportunity {id: $opportunity})-[:FOR_ACCOUNT]->(acc:Organization)
MATCH (o)<-[:IN_OPPORTUNITY]-(i:Involvement)<-[:HAS_INVOLVEMENT]-(p:Person)-[:WORKS_FOR]->(acc)
WHERE p.leftAt IS NULL OR p.leftAt > $asOf
WITH p, i, COLLECT {
  MATCH (i)-[:HAS_ASSESSMENT]->(a:Assessment)
  WHERE a.day <= $asOf
  RETURN a
  ORDER BY a.day, CASE WHEN a.at IS :: DATE THEN datetime({date: a.at, timezone: 'UTC'}) ELSE a.at END, a.seq
} AS history
WITH p, i, [a IN history WHERE a.stage IS NOT NULL] AS staged, history
RETURN p.id AS person, p.name AS name, p.title AS title, i.role AS role,
       last(staged).stage AS stage, last(staged).day AS stageSince,
       last([a IN history WHERE a.attitude IS NOT NULL]).attitude AS attitude,
       last([a IN history WHERE a.participation IS NOT NULL]).participation AS participation,
       last(history).day AS lastAssessedAt
ORDER BY person
