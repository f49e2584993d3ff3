// Sets the password of the embedded database's user neo4j, run on the system database at every
// start of the embedded Neo4j (an admin command, so it lives outside cypher/queries, whose files
// run against the data).
// Parameters: $password
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
