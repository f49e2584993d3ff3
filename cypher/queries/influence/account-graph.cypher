// Everyone of some accounts, with the day they left (null while they are there) and, for the
// accounts of $withEdges, everyone they defer to (DOMAIN.md section 3.1), whatever the dates:
//   p REPORTS_TO b             -> p defers to b with $reportsToWeight
//   b INFLUENCES p {strength}  -> p defers to b with strength
//   p DELEGATES b              -> p defers to b with $delegationWeight
// The analysis keeps, for each date T, the people who have not left as of T (V) and the edges
// between two different people of V that exist on T (since null or <= T, until null or after T),
// delegations for all deals (opportunity null) or for the deal analysed; an edge to someone outside
// the account is left out there. One read serves every date and every deal of the accounts, and
// every account of a batch of a portfolio scan. One row per person, the edges as a list of lists,
// because one record per edge costs the driver more than the values themselves (at M: 10,000 people,
// 39,422 edges).
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $accounts (list of organization ids), $withEdges (list of organization ids),
//             $reportsToWeight (float), $delegationWeight (float)
// Returns: account, id, name, title, leftAt,
//          defersTo (null for an account not in $withEdges, else a list of
//                    [deferee id, weight, since, until, opportunity of a delegation scoped to one deal])
UNWIND $accounts AS account
MATCH (org:Organization {id: account})<-[:WORKS_FOR]-(p:Person)
  USING INDEX SEEK org:Organization(id)
RETURN account, p.id AS id, p.name AS name, p.title AS title, p.leftAt AS leftAt,
       CASE WHEN account IN $withEdges THEN COLLECT {
         MATCH (p)-[r:REPORTS_TO|DELEGATES]->(b:Person)
         RETURN [b.id, CASE type(r) WHEN 'REPORTS_TO' THEN $reportsToWeight ELSE $delegationWeight END,
                 r.since, r.until, r.opportunity] AS edge
         UNION ALL
         MATCH (p)<-[r:INFLUENCES]-(b:Person)
         RETURN [b.id, r.strength, r.since, r.until, null] AS edge
       } END AS defersTo
