// The organizations of an export: all of them, or an account and the organizations of the people
// outside it that its people are tied to.
// Parameters: $account (organization id, or null for the whole database)
// Returns: id, name, kind
MATCH (o:Organization)
WHERE $account IS NULL OR o.id = $account
   OR EXISTS {
     (o)<-[:WORKS_FOR]-(:Person)-[:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS|ENGAGED]-(:Person)
       -[:WORKS_FOR]->(:Organization {id: $account})
   }
RETURN o.id AS id, o.name AS name, o.kind AS kind
ORDER BY id
