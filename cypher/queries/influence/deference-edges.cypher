// The deference edges among the people of an account as of a date (DOMAIN.md section 3.1):
//   x REPORTS_TO y             -> x defers to y with $reportsToWeight
//   y INFLUENCES x {strength}  -> x defers to y with strength
//   y DELEGATES x              -> y defers to x with $delegationWeight (for all deals or this one)
// Only relationships that exist as of $asOf (since <= $asOf < until) between people who have not
// left count. Influence is weighted PageRank over these edges, computed by the application.
// Parameters: $account (organization id), $opportunity (opportunity id), $asOf (date),
//             $reportsToWeight (float), $delegationWeight (float)
// Returns: deferrer, deferee, weight
MATCH (acc:Organization {id: $account})<-[:WORKS_FOR]-(a:Person)
      -[r:REPORTS_TO|INFLUENCES|DELEGATES]->(b:Person)-[:WORKS_FOR]->(acc)
WHERE a <> b
  AND (a.leftAt IS NULL OR a.leftAt > $asOf)
  AND (b.leftAt IS NULL OR b.leftAt > $asOf)
  AND (r.since IS NULL OR r.since <= $asOf)
  AND (r.until IS NULL OR r.until > $asOf)
  AND (type(r) <> 'DELEGATES' OR r.opportunity IS NULL OR r.opportunity = $opportunity)
RETURN CASE type(r) WHEN 'INFLUENCES' THEN b.id ELSE a.id END AS deferrer,
       CASE type(r) WHEN 'INFLUENCES' THEN a.id ELSE b.id END AS deferee,
       CASE type(r)
         WHEN 'REPORTS_TO' THEN $reportsToWeight
         WHEN 'INFLUENCES' THEN r.strength
         ELSE $delegationWeight
       END AS weight
