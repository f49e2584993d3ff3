package com.powermap.exchange;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.json.JsonMapper;

import com.powermap.PowermapApplication;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL in the middle of an import: Powermap runs as its own process (the application's
 * main class on the test classpath, with an embedded store in a temporary folder), an
 * import that was acknowledged stays, and a large import killed while it writes (its
 * people are written already, its relationships are being written, in its one
 * transaction) is absent, entirely, after a restart on the same store.
 */
class ImportKillIT {

	static final int PEOPLE = 20_000;

	static final String ADMIN_PASSWORD = "kill-test-admin";

	static final String NEO4J_PASSWORD = "kill-test-neo4j";

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void a_restart_after_sigkill_mid_import_shows_none_of_it_and_everything_acknowledged(@TempDir Path dir)
			throws Exception {
		int boltPort = freePort();
		int httpPort = freePort();
		Path log = dir.resolve("powermap.log");
		Process powermap = start(dir, boltPort, httpPort, log);
		String acknowledgedGraph;
		try {
			HttpResponse<String> acknowledged = importDocument(httpPort,
					TestGraph.resource("fixtures/huaxin-mes.json"));
			assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
			try (Driver driver = driver(boltPort); Session session = driver.session()) {
				acknowledgedGraph = graphSize(session);
			}
			assertThat(acknowledgedGraph).startsWith("people 10,");

			CompletableFuture<HttpResponse<String>> large = this.http
				.sendAsync(importRequest(httpPort, largeDocument()), HttpResponse.BodyHandlers.ofString());
			try (Driver driver = driver(boltPort)) {
				awaitImportWritingRelationships(driver, large, log);
			}
			assertThat(large).as("no answer before the kill").isNotDone();
			powermap.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		finally {
			powermap.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		Process restarted = start(dir, boltPort, httpPort, log);
		try (Driver driver = driver(boltPort); Session session = driver.session()) {
			assertThat(count(session, "MATCH (p:Person) WHERE p.id STARTS WITH 'bulk-' RETURN count(p) AS n"))
				.as("people of the killed import")
				.isZero();
			assertThat(count(session, "MATCH ()-[r:REPORTS_TO|INFLUENCES]->(p:Person) WHERE p.id STARTS WITH 'bulk-' "
					+ "RETURN count(r) AS n"))
				.isZero();
			assertThat(count(session, "MATCH (o:Organization {id: 'bulk'}) RETURN count(o) AS n")).isZero();
			assertThat(graphSize(session)).as("the acknowledged import, whole").isEqualTo(acknowledgedGraph);
			// And the store takes the same import whole once it is let finish.
			HttpResponse<String> again = importDocument(httpPort, largeDocument());
			assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
			assertThat(
					count(session, "MATCH (p:Person)-[:WORKS_FOR]->(:Organization {id: 'bulk'}) RETURN count(p) AS n"))
				.isEqualTo(PEOPLE);
		}
		finally {
			restarted.destroy();
			if (!restarted.waitFor(60, TimeUnit.SECONDS)) {
				restarted.destroyForcibly();
			}
		}
	}

	/**
	 * Waits until the import's transaction runs one of the relationship upserts: by then
	 * it has written the organization and every person, uncommitted.
	 */
	private static void awaitImportWritingRelationships(Driver driver, CompletableFuture<?> response, Path log)
			throws Exception {
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < end) {
			assertThat(response).as("the import finished before it could be killed; raise PEOPLE").isNotDone();
			try (Session session = driver.session()) {
				boolean writingRelationships = session.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
					.list((r) -> r.get("currentQuery").asString(""))
					.stream()
					.anyMatch((q) -> q.contains("UNWIND $rows")
							&& (q.contains("REPORTS_TO") || q.contains("INFLUENCES")));
				if (writingRelationships) {
					return;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the import never reached its relationships:\n" + tail(log));
	}

	private Process start(Path dir, int boltPort, int httpPort, Path log) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx1g"));
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((a) -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
					|| a.startsWith("--enable-native-access") || a.startsWith("--sun-misc-unsafe"))
			.forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PowermapApplication.class.getName(),
				"--vaadin.devmode.devTools.enabled=false", "--logging.level.root=WARN",
				"--logging.level.com.powermap=INFO"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> env = builder.environment();
		env.remove("NEO4J_URI");
		env.put("POWERMAP_DATA_DIR", dir.resolve("store").toString());
		env.put("POWERMAP_BOLT_PORT", String.valueOf(boltPort));
		env.put("POWERMAP_NEO4J_PASSWORD", NEO4J_PASSWORD);
		env.put("POWERMAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.put("PORT", String.valueOf(httpPort));
		Process process = builder.start();
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < end) {
			if (!process.isAlive()) {
				throw new AssertionError("Powermap stopped:\n" + tail(log));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("Powermap did not start in 5 minutes:\n" + tail(log));
	}

	private HttpResponse<String> importDocument(int httpPort, String json) throws Exception {
		return this.http.send(importRequest(httpPort, json), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest importRequest(int httpPort, String json) {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/api/import"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + credentials)
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/**
	 * One customer of {@link #PEOPLE} people in a tree five wide (each reports to one
	 * manager) and, from everyone, one INFLUENCES elsewhere in it.
	 */
	static String largeDocument() {
		List<Map<String, Object>> people = new ArrayList<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(Map.of("id", "bulk-" + i, "name", "Person " + i, "title", "Engineer", "department",
					"Department " + (i % 12), "org", "bulk"));
			if (i > 0) {
				relationships.add(Map.of("type", "REPORTS_TO", "from", "bulk-" + i, "to", "bulk-" + ((i - 1) / 5)));
			}
			int other = (int) ((i * 7919L + 13) % PEOPLE);
			if (other != i) {
				relationships
					.add(Map.of("type", "INFLUENCES", "from", "bulk-" + i, "to", "bulk-" + other, "strength", 0.5));
			}
		}
		return JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("format", "powermap/v1", "organizations",
					List.of(Map.of("id", "bulk", "name", "Bulk Industries", "kind", "CUSTOMER")), "people", people,
					"relationships", relationships));
	}

	private static Driver driver(int boltPort) {
		return GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", NEO4J_PASSWORD));
	}

	/** Everything in the database: people, organizations and relationships, by type. */
	private static String graphSize(Session session) {
		return "people " + count(session, "MATCH (p:Person) RETURN count(p) AS n") + ", organizations "
				+ count(session, "MATCH (o:Organization) RETURN count(o) AS n") + ", relationships "
				+ session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type")
					.list((r) -> r.get("type").asString() + "=" + r.get("n").asLong());
	}

	private static long count(Session session, String query) {
		return session.run(query).single().get("n").asLong();
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
