package com.powermap.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console against the database: every attack of the security issue is refused or
 * bounded and leaves the graph as it was, each layer holds on its own, and every query is
 * audited.
 */
@PowermapTest
class ConsoleServiceTests {

	/**
	 * Twelve people who all know each other: 66 relationships, and more paths through
	 * them than any query could list.
	 */
	private static final String CLIQUE = """
			UNWIND range(1, 12) AS i CREATE (:Person {id: 'p' + i, name: 'Person ' + i})
			WITH count(*) AS created
			MATCH (a:Person), (b:Person) WHERE a.id < b.id CREATE (a)-[:KNOWS {strength: 0.5}]->(b)
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jClient client;

	@Autowired
	ConsoleService console;

	@Autowired
	DatabaseManagementService embedded;

	@BeforeEach
	void aSmallDenseGraph() {
		TestGraph.clean(this.client);
		this.client.query(CLIQUE).run();
		assertThat(graph()).isEqualTo("12/66");
	}

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (n) DETACH DELETE n", "CREATE (:Intruder)", "MERGE (:Intruder {id: 1})",
			"MATCH (n) SET n.hacked = true", "CREATE INDEX intruder FOR (n:Person) ON (n.hacked)",
			"PROFILE MATCH (n) DELETE n", "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
			"LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
			"CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS", "SHOW USERS", "RETURN 1 RETURN 2",
			"MATCH (n) RETURN n NEXT MATCH (m) DETACH DELETE m" })
	void every_attack_is_refused_over_rest_with_its_reason_and_changes_nothing(String attack) throws Exception {
		long audited = audited();
		this.mvc
			.perform(post("/api/console").contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("query", attack, "parameters", Map.of()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("query"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty())
			.andExpect(jsonPath("$.errors[0].message", not(containsString("Exception"))));
		assertThat(graph()).isEqualTo("12/66");
		assertThat(audited()).isEqualTo(audited + 1);
	}

	@Test
	void a_100_kb_query_is_refused_and_audited_shortened() throws Exception {
		String query = "RETURN '" + "x".repeat(100 * 1024) + "' AS x";
		this.mvc
			.perform(post("/api/console").contentType(MediaType.APPLICATION_JSON).content(json(Map.of("query", query))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 20480")));
		Map<String, Object> audit = this.console.recentAudit(1).get(0);
		assertThat(audit.get("outcome")).isEqualTo("REFUSED");
		assertThat((String) audit.get("query")).hasSizeLessThanOrEqualTo(20 * 1024 + 1);
		assertThat(graph()).isEqualTo("12/66");
	}

	@Test
	void a_huge_result_stops_at_the_row_cap_and_says_so() throws Exception {
		long started = System.nanoTime();
		this.mvc
			.perform(post("/api/console").contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("query", "UNWIND range(1, 100000000) AS x RETURN x"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[0]").value("x"))
			.andExpect(jsonPath("$.rows.length()").value(1000))
			.andExpect(jsonPath("$.rows[999][0]").value(1000))
			.andExpect(jsonPath("$.truncated").value(true))
			.andExpect(jsonPath("$.elapsedMs").isNumber());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		assertThat(this.console.recentAudit(1).get(0)).containsEntry("outcome", "TRUNCATED")
			.containsEntry("rows", 1000L);
	}

	@Test
	void a_result_larger_than_the_size_cap_is_cut() {
		ConsoleSettings small = new ConsoleSettings(Duration.ofSeconds(10), 1000,
				org.springframework.util.unit.DataSize.ofKilobytes(10), ConsoleSettings.DEFAULTS.maxQuerySize(),
				ConsoleSettings.DEFAULTS.procedures());
		ConsoleResult result = this.console.run(ConsoleCaller.anonymous(),
				"UNWIND range(1, 100) AS x RETURN x, reduce(s = '', i IN range(1, 100) | s + 'y') AS text", Map.of(),
				small);
		assertThat(result.truncated()).isTrue();
		assertThat(result.rows()).hasSizeBetween(40, 99);
	}

	@Test
	void a_path_explosion_is_stopped_at_the_timeout() {
		long started = System.nanoTime();
		ConsoleRefusedException stopped = catchThrowableOfType(ConsoleRefusedException.class,
				() -> this.console.run(ConsoleCaller.anonymous(), "MATCH p=()-[*]-() RETURN count(p)", Map.of(),
						ConsoleSettings.DEFAULTS.withTimeout(Duration.ofSeconds(1))));
		assertThat(stopped).isNotNull();
		assertThat(stopped.outcome()).isEqualTo(ConsoleRefusedException.Outcome.TIMED_OUT);
		assertThat(stopped.reason()).contains("longer than 1000 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		assertThat(graph()).isEqualTo("12/66");
	}

	@Test
	void a_query_that_needs_more_memory_than_a_transaction_may_use_is_stopped_naming_the_limit() throws Exception {
		// The configured limit (1g) stops this query too, once it has filled a gigabyte
		// of
		// heap (about 5 s on the 2-core build machine, close to the 10 s timeout); a
		// lower
		// one stops it at once.
		Config config = ((GraphDatabaseAPI) this.embedded.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(Config.class);
		long configured = config.get(GraphDatabaseSettings.memory_transaction_max_size);
		assertThat(configured).isEqualTo(1024L * 1024 * 1024);
		config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, 16L * 1024 * 1024, "test");
		String stopped = "the query needed more memory than the database allows (db.memory.transaction.max: 16.0 MiB) "
				+ "and was stopped";
		try {
			this.mvc
				.perform(post("/api/console").contentType(MediaType.APPLICATION_JSON)
					.content(json(Map.of("query",
							"UNWIND range(1, 10000000) AS x RETURN size(collect([i IN range(1, 100) | i])) AS n"))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(stopped));
		}
		finally {
			config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, configured, "test");
		}
		assertThat(this.console.recentAudit(1).get(0)).containsEntry("outcome", "MEMORY_LIMIT")
			.containsEntry("reason", "query: " + stopped);
		assertThat(graph()).isEqualTo("12/66");
		assertThat(
				this.console.run(ConsoleCaller.anonymous(), "MATCH (n:Person) RETURN count(n) AS n", Map.of()).rows())
			.containsExactly(List.of(12L));
	}

	@Test
	void a_memory_error_of_neo4j_is_read_for_its_limit() {
		assertThat(
				ConsoleService.memoryLimit("The allocation of an extra 2.0 MiB would use more than the limit 4.1 GiB. "
						+ "Currently using 4.0 GiB. dbms.memory.transaction.total.max threshold reached"))
			.isEqualTo("(dbms.memory.transaction.total.max: 4.1 GiB)");
		assertThat(ConsoleService.memoryLimit("Out of memory")).isEqualTo("(Out of memory)");
	}

	@Test
	void returning_every_path_is_bounded_by_the_row_cap_or_the_timeout() {
		long started = System.nanoTime();
		try {
			ConsoleResult result = this.console.run(ConsoleCaller.anonymous(), "MATCH p=()-[*]-() RETURN p", Map.of(),
					ConsoleSettings.DEFAULTS.withTimeout(Duration.ofSeconds(1)));
			// Long paths are large: the size cap may cut the result before the row cap.
			assertThat(result.truncated()).isTrue();
			assertThat(result.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(1000);
		}
		catch (ConsoleRefusedException ex) {
			assertThat(ex.outcome()).isEqualTo(ConsoleRefusedException.Outcome.TIMED_OUT);
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		assertThat(graph()).isEqualTo("12/66");
	}

	@Test
	void nodes_relationships_and_paths_come_back_as_maps_a_graph_can_be_drawn_from() throws Exception {
		this.mvc
			.perform(post("/api/console").contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("query",
						"MATCH p = (a:Person {id: $id})-[r:KNOWS]->(b) RETURN a, r, b, p ORDER BY b.id LIMIT 1",
						"parameters", Map.of("id", "p1")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns").value(org.hamcrest.Matchers.contains("a", "r", "b", "p")))
			.andExpect(jsonPath("$.rows[0][0].labels[0]").value("Person"))
			.andExpect(jsonPath("$.rows[0][0].properties.name").value("Person 1"))
			.andExpect(jsonPath("$.rows[0][0].id").isString())
			.andExpect(jsonPath("$.rows[0][1].type").value("KNOWS"))
			.andExpect(jsonPath("$.rows[0][1].properties.strength").value(0.5))
			.andExpect(jsonPath("$.rows[0][2].properties.id").value("p10"))
			.andExpect(jsonPath("$.rows[0][3].nodes.length()").value(2))
			.andExpect(jsonPath("$.rows[0][3].relationships[0].type").value("KNOWS"))
			.andExpect(jsonPath("$.truncated").value(false));
		ConsoleResult result = this.console.run(ConsoleCaller.anonymous(),
				"MATCH (a:Person {id: 'p1'})-[r:KNOWS]->(b) RETURN a, r, b", Map.of());
		ConsoleResult.Graph graph = result.graph();
		assertThat(graph.nodes()).hasSize(12);
		assertThat(graph.relationships()).hasSize(11)
			.allSatisfy((r) -> assertThat(graph.nodes()).anyMatch((n) -> n.id().equals(r.start())));
	}

	@Test
	void the_allowed_procedures_run() {
		ConsoleResult result = this.console.run(ConsoleCaller.anonymous(),
				"CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of());
		assertThat(result.rows()).extracting((row) -> row.get(0)).contains("Person");
	}

	@Test
	void the_second_layer_alone_refuses_what_neo4j_plans_as_a_write() {
		for (String write : List.of("CREATE (:Intruder)", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1")) {
			ConsoleRefusedException refused = catchThrowableOfType(ConsoleRefusedException.class,
					() -> this.console.explain(write, Map.of(), ConsoleSettings.DEFAULTS));
			assertThat(refused).as(write).isNotNull();
			assertThat(refused.reason()).contains("read-only queries only");
		}
		assertThat(graph()).isEqualTo("12/66");
	}

	@Test
	void the_third_layer_alone_cannot_write() {
		for (String write : List.of("CREATE (:Intruder) RETURN 1", "MATCH (n) DETACH DELETE n",
				"MATCH (n) SET n.x = 1 RETURN n")) {
			ConsoleRefusedException refused = catchThrowableOfType(ConsoleRefusedException.class,
					() -> this.console.execute(write, Map.of(), ConsoleSettings.DEFAULTS, System.nanoTime()));
			assertThat(refused).as(write).isNotNull();
			assertThat(refused.problems().get(0).message()).startsWith("Neo4j refused the query");
		}
		assertThat(graph()).isEqualTo("12/66");
	}

	@Test
	void a_caller_runs_one_query_at_a_time() throws Exception {
		ConsoleCaller analyst = new ConsoleCaller("busy-analyst", "ANALYST");
		CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
			try {
				return this.console.run(analyst, "MATCH p=()-[*]-() RETURN count(p)", Map.of(),
						ConsoleSettings.DEFAULTS.withTimeout(Duration.ofSeconds(3)));
			}
			catch (ConsoleRefusedException ex) {
				return ex.outcome();
			}
		});
		Thread.sleep(1000);
		ConsoleRefusedException busy = catchThrowableOfType(ConsoleRefusedException.class,
				() -> this.console.run(analyst, "RETURN 1 AS one", Map.of()));
		assertThat(busy.outcome()).isEqualTo(ConsoleRefusedException.Outcome.BUSY);
		// Someone else is not held up.
		assertThat(this.console.run(new ConsoleCaller("other", "ANALYST"), "RETURN 1 AS one", Map.of()).rows())
			.containsExactly(List.of(1L));
		assertThat(slow.get(20, TimeUnit.SECONDS)).isEqualTo(ConsoleRefusedException.Outcome.TIMED_OUT);
		assertThat(this.console.run(analyst, "RETURN 1 AS one", Map.of()).rows()).containsExactly(List.of(1L));
	}

	@Test
	void every_query_is_audited_with_caller_outcome_rows_and_duration() {
		this.console.run(new ConsoleCaller("ann", "ANALYST"), "MATCH (n:Person) RETURN n.id", Map.of());
		Map<String, Object> audit = this.console.recentAudit(1).get(0);
		assertThat(audit).containsEntry("caller", "ann")
			.containsEntry("role", "ANALYST")
			.containsEntry("query", "MATCH (n:Person) RETURN n.id")
			.containsEntry("outcome", "OK")
			.containsEntry("rows", 12L)
			.containsKeys("at", "durationMs");
	}

	@Test
	void parameters_out_of_range_are_refused_by_name() throws Exception {
		this.mvc.perform(post("/api/console").contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\": \"RETURN $big AS big\", \"parameters\": {\"big\": 123456789012345678901234567890}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("parameters.big"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("too large")));
	}

	@Test
	void fifty_random_queries_change_nothing_and_fail_only_as_refusals() {
		List<List<String>> samples = RandomQueries.fragments().sampleStream().limit(50).toList();
		for (List<String> fragments : samples) {
			String query = String.join(" ", fragments);
			try {
				this.console.run(ConsoleCaller.anonymous(), query, Map.of("id", "p1"),
						ConsoleSettings.DEFAULTS.withTimeout(Duration.ofSeconds(2)));
				assertThat(fragments).as(query).noneMatch(RandomQueries.WRITING::contains);
			}
			catch (ConsoleRefusedException ex) {
				assertThat(ex.problems()).as(query).isNotEmpty();
			}
			assertThat(graph()).as(query).isEqualTo("12/66");
		}
	}

	/** Nodes and relationships outside the audit and the migrations' records. */
	private String graph() {
		long nodes = this.client.query("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:ConsoleAudit RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		long relationships = this.client.query("MATCH ()-[r]->() RETURN count(r)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		long migrationRelationships = this.client.query("MATCH (a:__Neo4jMigration)-[r]->() RETURN count(r)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		long labels = this.client.query("MATCH (n:Intruder) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		assertThat(labels).isZero();
		return nodes + "/" + (relationships - migrationRelationships);
	}

	private long audited() {
		return this.client.query("MATCH (a:ConsoleAudit) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
	}

	private static String json(Object value) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
	}

}
