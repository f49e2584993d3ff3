// UNMAPPED_POWER (DOMAIN.md section 3.4): everyone above some people, following REPORTS_TO upward
// transitively through people of the account who have not left, by lines existing on the date.
// (The analysis reads the same as part of deals/deals; this saved query lets analysts run it on
// their own.)
// The hint keeps one index seek per id: planned on a store with few people for a long list, the
// statement may otherwise scan the whole index once per id, and keep that plan as the store grows.
// Parameters: $people (list of person ids: the involved), $account (organization id), $asOf (date)
// Returns: person (an involved person), above (a person above them)
UNWIND $people AS id
MATCH (p:Person {id: id})
  USING INDEX SEEK p:Person(id)
MATCH (p) (()-[r:REPORTS_TO WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)]->
           (m:Person WHERE (m.leftAt IS NULL OR m.leftAt > $asOf)
                           AND EXISTS { (m)-[:WORKS_FOR]->(:Organization {id: $account}) })){1,}
      (boss)
RETURN DISTINCT id AS person, boss.id AS above
