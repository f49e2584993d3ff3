// Creates relationships between people, each of the type its row names (REPORTS_TO, INFLUENCES,
// KNOWS or ENGAGED) with the properties its row gives: one statement for all four types, because
// each statement an import runs costs about a millisecond whatever its size.
// Only for relationships that touch a person the same import has just created (import-people
// says which): no stored relationship can be one of them, so there is nothing to merge with, and
// the validator has refused a document that gives the same identity twice. The properties are
// those the upsert of the type sets, without the nulls:
//   REPORTS_TO {since, until}, INFLUENCES {strength, note, since, until},
//   KNOWS {strength, context, since, until}, ENGAGED {at, day, channel, note}
// Parameters: $rows (list of {from, to, type, properties})
// Returns: nothing
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
