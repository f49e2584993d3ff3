// The involvements of an opportunity as of a date: each involved person who has not left, with
// what their assessments up to that date say, applied in order (a field left out keeps its
// earlier value), and the day the current stage was recorded.
// Rows come most influential role first (DOMAIN.md section 3.2): people with an assessed stage
// before those without, then by influence (highest first), then the lower stage, then the smaller
// id. The first row with a stage is the most influential role and its stage the effective stage.
// Parameters: $opportunity (opportunity id), $asOf (date),
//             $influence (map of person id to influence key: rint(influence * 1e9), an integer)
// Returns: person, name, title, role, stage, stageSince, attitude, participation, lastAssessedAt,
//          influenceKey
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
WITH p, i, history, last(staged).stage AS stage, last(staged).day AS stageSince,
     coalesce($influence[p.id], 0) AS influenceKey
RETURN p.id AS person, p.name AS name, p.title AS title, i.role AS role, stage, stageSince,
       last([a IN history WHERE a.attitude IS NOT NULL]).attitude AS attitude,
       last([a IN history WHERE a.participation IS NOT NULL]).participation AS participation,
       last(history).day AS lastAssessedAt, influenceKey
ORDER BY stage IS NULL, influenceKey DESC,
         CASE stage WHEN 'TARGET' THEN 0 WHEN 'INTENT' THEN 1 WHEN 'APPROVAL' THEN 2 WHEN 'SOLUTION' THEN 3
                    WHEN 'COMMERCIAL' THEN 4 WHEN 'CLOSED' THEN 5 END,
         person
