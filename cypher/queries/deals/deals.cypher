// Deals to analyse as of a date (DOMAIN.md section 3), one row each: the opportunity with its
// account, and every involvement of a person of the account with the whole history of its
// assessments in the order they apply (day, then time, then the order they were recorded), so that
// the analysis can derive what the assessments say as of any date (a field left out keeps its
// earlier value) and the days of the stage-regression window. For each involved person it also
// reads, as of $asOf:
//   lastEngaged    the day of the latest ENGAGED from one of our people (an organization of kind
//                  SELF) on or before $asOf, as a list of that one day or empty (a list, not the
//                  day or null: a subquery whose result is used as it is runs once per person from
//                  that person; taking its first element made the planner evaluate it as an
//                  expression that, on the L benchmark, scanned every person);
//   competitors    the people of competitors they KNOW on $asOf (as risk/competitor-ties);
//   above          everyone above them in the reporting line on $asOf inside the account, through
//                  managers who have not left (as risk/managers-above).
// The analysis leaves out the people who have left as of the date it looks at. One read serves a
// whole batch of deals of a portfolio scan.
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $opportunities (list of opportunity ids), $asOf (date)
// Returns: id, name, account, accountName, claimedStage, amount, currency,
//          involvements (list of {person, name, title, leftAt, role, lastEngaged: list of a date,
//                        assessments: list of {day, stage, attitude, participation} in order,
//                        competitors: list of {id, name, organization}, above: list of ids})
UNWIND $opportunities AS id
MATCH (o:Opportunity {id: id})-[:FOR_ACCOUNT]->(acc:Organization)
  USING INDEX SEEK o:Opportunity(id)
RETURN o.id AS id, o.name AS name, acc.id AS account, acc.name AS accountName, o.claimedStage AS claimedStage,
       o.amount AS amount, o.currency AS currency,
       COLLECT {
         MATCH (o)<-[:IN_OPPORTUNITY]-(i:Involvement)<-[:HAS_INVOLVEMENT]-(p:Person)-[:WORKS_FOR]->(acc)
         RETURN {
           person: p.id, name: p.name, title: p.title, leftAt: p.leftAt, role: i.role,
           assessments: COLLECT {
             MATCH (i)-[:HAS_ASSESSMENT]->(a:Assessment)
             WITH a
             ORDER BY a.day, CASE WHEN a.at IS :: DATE THEN datetime({date: a.at, timezone: 'UTC'}) ELSE a.at END, a.seq
             RETURN {day: a.day, stage: a.stage, attitude: a.attitude, participation: a.participation}
           },
           lastEngaged: COLLECT {
             MATCH (p)<-[e:ENGAGED]-(s:Person)
             WHERE e.day <= $asOf AND EXISTS { (s)-[:WORKS_FOR]->(:Organization {kind: 'SELF'}) }
             RETURN e.day AS day
             ORDER BY day DESC
             LIMIT 1
           },
           competitors: COLLECT {
             MATCH (p)-[k:KNOWS]-(c:Person)-[:WORKS_FOR]->(org:Organization {kind: 'COMPETITOR'})
             WHERE (k.since IS NULL OR k.since <= $asOf) AND (k.until IS NULL OR k.until > $asOf)
               AND (c.leftAt IS NULL OR c.leftAt > $asOf)
             RETURN DISTINCT {id: c.id, name: c.name, organization: org.name} AS competitor
           },
           above: COLLECT {
             MATCH (p) (()-[r:REPORTS_TO WHERE (r.since IS NULL OR r.since <= $asOf)
                                              AND (r.until IS NULL OR r.until > $asOf)]->
                        (m:Person WHERE (m.leftAt IS NULL OR m.leftAt > $asOf)
                                        AND EXISTS { (m)-[:WORKS_FOR]->(acc) })){1,}
                   (boss)
             RETURN DISTINCT boss.id AS above
           }
         }
       } AS involvements
