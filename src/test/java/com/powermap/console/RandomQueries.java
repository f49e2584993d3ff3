package com.powermap.console;

import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random console input: sequences of Cypher fragments, reading and writing ones mixed,
 * with quoted random text in between, and plain random text.
 */
final class RandomQueries {

	/** The fragments that make a query write, or reach outside the database. */
	static final Set<String> WRITING = Set.of("CREATE (x:Intruder)", "DELETE n", "DETACH DELETE n", "SET n.hacked = 1",
			"MERGE (x:Intruder {id: 1})", "REMOVE n.name", "FOREACH (i IN [1] | CREATE (:Intruder))",
			"LOAD CSV FROM 'file:///etc/passwd' AS line", "} IN TRANSACTIONS", "USE system", "SHOW USERS", "PROFILE",
			"CALL db.createLabel('Intruder')", "CALL dbms.killQueries([])", "CREATE INDEX FOR (n:X) ON (n.y)",
			"DROP INDEX x", "ALTER USER neo4j SET PASSWORD 'hacked123'", "; CREATE (:Intruder)",
			"NEXT CREATE (:Intruder)");

	private static final List<String> READING = List.of("MATCH (n)", "MATCH (m:Person)", "OPTIONAL MATCH (n)-[r]->(m)",
			"RETURN n", "RETURN count(*)", "RETURN m", "WITH n", "WITH *", "WHERE n.id = $id", "UNWIND [1, 2] AS x",
			"RETURN x", "CALL {", "}", "(", ")", ",", "LIMIT 3", "ORDER BY n.id", "CALL db.labels() YIELD label",
			"RETURN label", "UNION", "EXISTS { MATCH (n)--() }", ";");

	private RandomQueries() {
	}

	/**
	 * Fragments joined by spaces: reading ones, writing ones and quoted random text. No
	 * fragment opens a comment or a string, so a writing fragment always counts.
	 */
	static Arbitrary<List<String>> fragments() {
		Arbitrary<String> quoted = Arbitraries.strings()
			.withCharRange(' ', '~')
			.withCharRange('\u4e00', '\u4e20')
			.ofMaxLength(12)
			.map((s) -> "'" + s.replace("'", "").replace("\\", "") + "'");
		Arbitrary<String> fragment = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(READING)),
				net.jqwik.api.Tuple.of(2, Arbitraries.of(WRITING)), net.jqwik.api.Tuple.of(1, quoted));
		return fragment.list().ofMinSize(1).ofMaxSize(12);
	}

	/** Any text at all, up to 200 characters. */
	static Arbitrary<String> anything() {
		return Arbitraries.strings().all().ofMaxLength(200);
	}

}
