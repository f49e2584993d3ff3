// Creates or updates involvements, identified by (opportunity, person).
// Parameters: $rows (list of {opportunity, person, role})
// Returns: nothing
UNWIND $rows AS row
MATCH (o:Opportunity {id: row.opportunity})
MATCH (p:Person {id: row.person})
MERGE (i:Involvement {opportunity: row.opportunity, person: row.person})
SET i.role = row.role
MERGE (p)-[:HAS_INVOLVEMENT]->(i)
MERGE (i)-[:IN_OPPORTUNITY]->(o)
