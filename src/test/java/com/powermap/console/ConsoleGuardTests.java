package com.powermap.console;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.powermap.base.CypherQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The first layer of the console alone: what it refuses before the database sees
 * anything, and what it lets through.
 */
class ConsoleGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (n) DETACH DELETE n", "CREATE (n:Person {id: 'x'})", "MERGE (n:Person {id: 'x'})",
			"MATCH (n) SET n.name = 'x'", "MATCH (n) REMOVE n.name", "CREATE INDEX FOR (n:Person) ON (n.name)",
			"PROFILE MATCH (n) DELETE n", "EXPLAIN MATCH (n) RETURN n", "MATCH (n) RETURN n; MATCH (m) DELETE m",
			"MATCH (n) RETURN n; MATCH (m) RETURN m", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
			"CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS",
			"CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n", "SHOW USERS", "SHOW DATABASES",
			"CREATE USER x SET PASSWORD 'secret123'", "USE system MATCH (n) RETURN n",
			"CALL dbms.security.createUser('x', 'secret123', false)", "CALL db.createLabel('X')",
			"MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
			"MATCH (n) WHERE EXISTS { MATCH (n)--(m) } DELETE n", "DROP CONSTRAINT person_id", "STOP DATABASE neo4j",
			"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "CALL dbms.killQueries(['x'])", "", "   ",
			"MATCH (n RETURN n", "MATCH (n) RETURN n NEXT MATCH (m) DETACH DELETE m", "RETURN 1;;",
			"RETURN 1; // and then\nCREATE (n)", "MATCH (n) } CREATE (x:Intruder)",
			"MATCH (n) } RETURN 1 AS x } CREATE (x:Intruder)", "RETURN 1 AS x } } } DETACH DELETE x",
			"RETURN 1 /* ; */ ; CREATE (n)" })
	void attacks_and_nonsense_are_refused_with_a_reason(String query) {
		ConsoleRefusedException refused = catchThrowableOfType(ConsoleRefusedException.class,
				() -> ConsoleGuard.check(query, ConsoleSettings.DEFAULTS));
		assertThat(refused).as(query).isNotNull();
		assertThat(refused.problems()).isNotEmpty().allSatisfy((p) -> {
			assertThat(p.path()).isEqualTo("query");
			assertThat(p.message()).isNotBlank();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (n) RETURN n", "MATCH (p:Person)-[r:REPORTS_TO]->(m) RETURN p, r, m LIMIT 10",
			"UNWIND range(1, 100000000) AS x RETURN x", "MATCH p=()-[*]-() RETURN p",
			"OPTIONAL MATCH (n:Person {id: $id}) WITH n RETURN n.name AS name ORDER BY name SKIP 1 LIMIT 5",
			"CALL db.labels() YIELD label RETURN label", "CALL db.relationshipTypes()",
			"MATCH (n) RETURN n.id UNION MATCH (m) RETURN m.id",
			"MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c",
			"MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN count(*)", "RETURN ';' AS semicolon",
			"RETURN 1 AS `a;b` // a comment; with a semicolon", "RETURN 1 AS x;", "RETURN 1 AS x; // done" })
	void read_queries_pass(String query) {
		assertThatCode(() -> ConsoleGuard.check(query, ConsoleSettings.DEFAULTS)).as(query).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@MethodSource("savedRiskQueries")
	void the_saved_risk_queries_pass(String name) {
		String text = new CypherQueries().get(name);
		assertThatCode(() -> ConsoleGuard.check(text, ConsoleSettings.DEFAULTS)).as(name).doesNotThrowAnyException();
	}

	static List<String> savedRiskQueries() {
		return new CypherQueries().names().stream().filter((n) -> n.startsWith("risk/")).sorted().toList();
	}

	@ParameterizedTest
	@ValueSource(ints = { 20 * 1024 + 1, 100 * 1024 })
	void a_query_above_the_size_limit_is_refused_before_parsing(int size) {
		String query = "RETURN '" + "x".repeat(size) + "' AS x";
		ConsoleRefusedException refused = catchThrowableOfType(ConsoleRefusedException.class,
				() -> ConsoleGuard.check(query, ConsoleSettings.DEFAULTS));
		assertThat(refused.reason()).contains("bytes long").contains("at most 20480");
	}

}
