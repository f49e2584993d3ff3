// One step of the warm-path search of a portfolio scan (DOMAIN.md section 3.3), the same paths as
// coverage/warm-paths searched from the targets' side: for each person of $people, who ENGAGED
// them within the reach window, and their neighbours over REPORTS_TO, INFLUENCES, DELEGATES or
// KNOWS relationships existing on the date, in either direction and across organizations, each
// with what the search needs to know of it. The application widens the search from the targets
// one relationship at a time, with one read per step for every target of a batch, and stops at
// the first step that reaches someone one of our people engaged; it keeps out our people, those
// who have left and the deal's opponents, and from all shortest paths takes the one whose list of
// ids is smallest, as coverage/warm-paths does.
// Parameters: $people (list of person ids), $asOf (date), $windowStart (date: an ENGAGED must be
//             after it)
// Returns: id, name, leftAt, engagedBy (ids of whoever ENGAGED the person within the window),
//          neighbours (list of [id, name, leftAt, engagedBy] of the people next to them)
UNWIND $people AS id
MATCH (p:Person {id: id})
RETURN id, p.name AS name, p.leftAt AS leftAt,
       COLLECT {
         MATCH (p)<-[e:ENGAGED WHERE e.day > $windowStart AND e.day <= $asOf]-(s:Person)
         RETURN s.id
       } AS engagedBy,
       COLLECT {
         MATCH (p)-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS]-(n:Person)
         WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
         RETURN [n.id, n.name, n.leftAt, COLLECT {
           MATCH (n)<-[e:ENGAGED WHERE e.day > $windowStart AND e.day <= $asOf]-(s:Person)
           RETURN s.id
         }]
       } AS neighbours
