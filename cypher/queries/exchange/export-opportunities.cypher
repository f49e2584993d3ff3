// The opportunities of an export with their involvements and every assessment of each.
// Parameters: $account (organization id, or null for the whole database)
// Returns: id, name, account, claimedStage, amount, currency,
//          involvements (list of {person, role, assessments: list of assessment property maps})
MATCH (o:Opportunity)-[:FOR_ACCOUNT]->(a:Organization)
WHERE $account IS NULL OR a.id = $account
RETURN o.id AS id, o.name AS name, a.id AS account, o.claimedStage AS claimedStage, o.amount AS amount,
       o.currency AS currency,
       COLLECT {
         MATCH (o)<-[:IN_OPPORTUNITY]-(i:Involvement)
         RETURN {person: i.person, role: i.role,
                 assessments: COLLECT { MATCH (i)-[:HAS_ASSESSMENT]->(s:Assessment) RETURN properties(s) }}
           AS involvement
         ORDER BY i.person
       } AS involvements
ORDER BY id
