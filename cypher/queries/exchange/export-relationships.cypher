// The relationships between people of an export: all of them, or those touching a person of an
// account (a DELEGATES for a deal of another account is left out, since that deal is not exported).
// Parameters: $account (organization id, or null for the whole database)
// Returns: type, from, to, properties (a map)
MATCH (a:Person)-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS|ENGAGED]->(b:Person)
WHERE $account IS NULL
   OR ((EXISTS { (a)-[:WORKS_FOR]->(:Organization {id: $account}) }
        OR EXISTS { (b)-[:WORKS_FOR]->(:Organization {id: $account}) })
       AND (r.opportunity IS NULL
            OR EXISTS { (:Opportunity {id: r.opportunity})-[:FOR_ACCOUNT]->(:Organization {id: $account}) }))
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY type, from, to
