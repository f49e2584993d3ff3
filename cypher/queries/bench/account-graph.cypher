// The benchmark's stand-in for the UI's graph payload of one account, until the graph view's own
// query lands: every person of the account with the relationships they start (REPORTS_TO,
// INFLUENCES, DELEGATES, KNOWS) and the KNOWS and ENGAGED that reach them from other people.
// Parameters: $account (organization id)
// Returns: id, name, title, leftAt, outgoing (list of {type, to, strength, since, until}),
//          incoming (list of {type, from, day})
MATCH (:Organization {id: $account})<-[:WORKS_FOR]-(p:Person)
RETURN p.id AS id, p.name AS name, p.title AS title, p.leftAt AS leftAt,
       COLLECT {
         MATCH (p)-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS]->(q:Person)
         RETURN {type: type(r), to: q.id, strength: r.strength, since: r.since, until: r.until}
       } AS outgoing,
       COLLECT {
         MATCH (p)<-[r:KNOWS|ENGAGED]-(q:Person)
         RETURN {type: type(r), from: q.id, day: r.day}
       } AS incoming
