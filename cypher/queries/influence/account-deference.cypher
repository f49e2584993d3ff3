// Every REPORTS_TO, INFLUENCES and DELEGATES between two different people of the same account, for
// some accounts, whatever its dates, as deference edges (DOMAIN.md section 3.1):
//   x REPORTS_TO y             -> x defers to y with $reportsToWeight
//   y INFLUENCES x {strength}  -> x defers to y with strength
//   y DELEGATES x              -> y defers to x with $delegationWeight
// The analysis keeps, for each date T, the edges that exist as of T (since null or <= T, until
// null or after T) between people of V as of T, and the delegations for all deals (opportunity
// null) or the deal analysed. One read serves every date and every deal of the accounts.
// Parameters: $accounts (list of organization ids), $reportsToWeight (float), $delegationWeight (float)
// Returns: account, deferrer, deferee, weight, since, until, opportunity (of a delegation scoped to one deal)
UNWIND $accounts AS account
MATCH (acc:Organization {id: account})<-[:WORKS_FOR]-(a:Person)
      -[r:REPORTS_TO|INFLUENCES|DELEGATES]->(b:Person)-[:WORKS_FOR]->(acc)
WHERE a <> b
RETURN account,
       CASE type(r) WHEN 'INFLUENCES' THEN b.id ELSE a.id END AS deferrer,
       CASE type(r) WHEN 'INFLUENCES' THEN a.id ELSE b.id END AS deferee,
       CASE type(r)
         WHEN 'REPORTS_TO' THEN $reportsToWeight
         WHEN 'INFLUENCES' THEN r.strength
         ELSE $delegationWeight
       END AS weight,
       r.since AS since, r.until AS until,
       CASE type(r) WHEN 'DELEGATES' THEN r.opportunity END AS opportunity
