// Adds assessments to involvements, identified by (opportunity, person, at); importing an existing
// one updates its fields. `seq` keeps the document order for assessments of the same day.
// Parameters: $rows (list of {opportunity, person, at, day, seq, stage, attitude, participation, note})
// Returns: nothing
UNWIND $rows AS row
MATCH (i:Involvement {opportunity: row.opportunity, person: row.person})
MERGE (a:Assessment {opportunity: row.opportunity, person: row.person, at: row.at})
  ON CREATE SET a.seq = row.seq
SET a.day = row.day, a.stage = row.stage, a.attitude = row.attitude, a.participation = row.participation,
    a.note = row.note
MERGE (i)-[:HAS_ASSESSMENT]->(a)
