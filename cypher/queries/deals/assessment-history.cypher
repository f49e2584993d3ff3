// Every assessment of an opportunity up to a date, in the order they apply, with the person's
// name, for the deal's timeline.
// Parameters: $opportunity (opportunity id), $asOf (date)
// Returns: day, person, name, stage, attitude, participation, note
MATCH (:Opportunity {id: $opportunity})<-[:IN_OPPORTUNITY]-(i:Involvement)-[:HAS_ASSESSMENT]->(a:Assessment)
WHERE a.day <= $asOf
MATCH (p:Person {id: i.person})
RETURN a.day AS day, p.id AS person, p.name AS name, a.stage AS stage, a.attitude AS attitude,
       a.participation AS participation, a.note AS note
ORDER BY a.day, CASE WHEN a.at IS :: DATE THEN datetime({date: a.at, timezone: 'UTC'}) ELSE a.at END, a.seq
