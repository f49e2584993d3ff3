// Everyone of some accounts, with the day they left (null while they are there) and, for the
// accounts of $withEdges, everyone they defer to (DOMAIN.md section 3.1), whatever the dates:
//   p REPORTS_TO b             -> p defers to b with $reportsToWeight
//   b INFLUENCES p {strength}  -> p defers to b with strength
//   p DELEGATES b              -> p defers to b with $delegationWeight
// The analysis keeps, for each date T, the people who have not left as of T (V) and the edges
// between two different people of V that exist on T (since null or <= T, until null or after T),
// delegations for all deals (opportunity null) or for the deal analysed; an edge to someone outside
// the account is left out there. One read serves every date and every deal of the accounts, and
// every account of a batch of a portfolio scan.
// One row per account: its people, and its edges read by two expansions from the account (one per
// direction) rather than by a subquery per person. On the first 1,500 accounts of the L benchmark,
// 50 accounts per read, this read took 1.5 to 2.0 s against 1.9 to 2.5 s with one row and a
// subquery per person (2026-12-05). The lists keep the records few: one record per edge costs the
// driver more than the values themselves.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $accounts (list of organization ids), $withEdges (list of organization ids),
//             $reportsToWeight (float), $delegationWeight (float)
// Returns: account,
//          people (list of [id, name, title, leftAt]),
//          defersTo (empty for an account not in $withEdges, else a list of
//                    [person id, deferee id, weight, since, until,
//                     opportunity of a delegation scoped to one deal])
UNWIND $accounts AS account
MATCH (org:Organization {id: account})
  USING INDEX SEEK org:Organization(id)
CALL (org) {
  MATCH (org)<-[:WORKS_FOR]-(p:Person)
  RETURN collect([p.id, p.name, p.title, p.leftAt]) AS people
}
CALL (org, account) {
  WITH org WHERE account IN $withEdges
  MATCH (org)<-[:WORKS_FOR]-(p:Person)-[r:REPORTS_TO|DELEGATES]->(b:Person)
  RETURN collect([p.id, b.id, CASE type(r) WHEN 'REPORTS_TO' THEN $reportsToWeight ELSE $delegationWeight END,
                  r.since, r.until, r.opportunity]) AS outgoing
}
CALL (org, account) {
  WITH org WHERE account IN $withEdges
  MATCH (org)<-[:WORKS_FOR]-(p:Person)<-[r:INFLUENCES]-(b:Person)
  RETURN collect([p.id, b.id, r.strength, r.since, r.until, null]) AS incoming
}
RETURN account, people, outgoing + incoming AS defersTo
