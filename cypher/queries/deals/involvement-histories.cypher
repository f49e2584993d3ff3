// The involvements of an opportunity, of people of its account, each with the whole history of
// its assessments in the order they apply (day, then time, then the order they were recorded).
// The analysis derives, for each date T, what the assessments up to T say (a field left out keeps
// its earlier value), leaving out people who have left as of T. One read serves every date.
// Parameters: $opportunity (opportunity id)
// Returns: person, name, title, leftAt, role,
//          assessments (list of {day, stage, attitude, participation}, in order)
MATCH (o:Opportunity {id: $opportunity})-[:FOR_ACCOUNT]->(acc:Organization)
MATCH (o)<-[:IN_OPPORTUNITY]-(i:Involvement)<-[:HAS_INVOLVEMENT]-(p:Person)-[:WORKS_FOR]->(acc)
RETURN p.id AS person, p.name AS name, p.title AS title, p.leftAt AS leftAt, i.role AS role,
       COLLECT {
         MATCH (i)-[:HAS_ASSESSMENT]->(a:Assessment)
         WITH a
         ORDER BY a.day, CASE WHEN a.at IS :: DATE THEN datetime({date: a.at, timezone: 'UTC'}) ELSE a.at END, a.seq
         RETURN {day: a.day, stage: a.stage, attitude: a.attitude, participation: a.participation}
       } AS assessments
ORDER BY person
