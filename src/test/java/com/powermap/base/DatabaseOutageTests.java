package com.powermap.base;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.powermap.TestGraph;
import com.powermap.access.AccountAccess;
import com.powermap.exchange.ExchangeService;
import com.powermap.organization.OrganizationService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An external database that does not answer when Powermap starts, then comes, goes and
 * comes back: Powermap starts without it, says DOWN, refuses work with a "database
 * unavailable" failure, migrates and runs its setup once the database answers, and
 * follows it down and up again by itself. (No web environment, as in
 * {@link ExternalNeo4jTests}; the UI's part is in {@code ui/DatabaseBannerTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
				+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig",
				"powermap.database.first-retry-delay=200ms", "powermap.database.max-retry-delay=1s",
				"powermap.database.check-interval=300ms", "spring.neo4j.connection-timeout=2s" })
class DatabaseOutageTests {

	static final int PORT = freePort();

	static final List<String> SETUP_RUNS = new CopyOnWriteArrayList<>();

	static @Nullable Neo4j server;

	@DynamicPropertySource
	static void neo4jUri(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", () -> "bolt://127.0.0.1:" + PORT);
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	/** A setup step after the migrations, as the first users and the demo data are. */
	@TestConfiguration
	static class CountingStep {

		@Bean
		@Order(50)
		DatabaseSetupStep countingStep(OrganizationService organizations) {
			return () -> SETUP_RUNS
				.add("organizations: " + AccountAccess.asSystem("test", () -> organizations.summaries().size()));
		}

	}

	@Autowired
	DatabaseStatus status;

	@Autowired
	Map<String, HealthIndicator> health;

	/** Spring Boot's neo4j indicator is a reactive one where Reactor is around. */
	@Autowired
	Map<String, ReactiveHealthIndicator> reactiveHealth;

	@Autowired
	OrganizationService organizations;

	@Autowired
	ExchangeService exchange;

	@Test
	void powermap_starts_without_its_database_and_follows_it_down_and_up_by_itself() {
		// Started, with nothing listening on the database's port.
		assertThat(this.status.isReady()).isFalse();
		assertThat(this.status.isAvailable()).isFalse();
		assertThat(health("neo4j")).isEqualTo(Status.DOWN);
		assertThat(health("database")).isEqualTo(Status.DOWN);
		assertThat(SETUP_RUNS).isEmpty();
		assertThatThrownBy(() -> AccountAccess.asSystem("test", () -> this.organizations.summaries()))
			.as("a read, after its retries")
			.satisfies((ex) -> assertThat(DatabaseUnavailable.isCause(ex)).as(ex.toString()).isTrue());
		assertThatThrownBy(() -> AccountAccess.asSystem("test",
				() -> this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"))))
			.as("a write")
			.satisfies((ex) -> assertThat(DatabaseUnavailable.isCause(ex)).as(ex.toString()).isTrue());

		// The database comes: migrations, then the other setup steps, once.
		server = startServer();
		await("ready", Duration.ofSeconds(60), this.status::isReady);
		assertThat(SETUP_RUNS).containsExactly("organizations: 0");
		long constraints = server.defaultDatabaseService()
			.executeTransactionally("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", Map.of(),
					(result) -> (Long) result.next().get("n"));
		assertThat(constraints).as("the migrations ran once the database answered").isGreaterThanOrEqualTo(5);
		assertThat(health("neo4j")).isEqualTo(Status.UP);
		assertThat(health("database")).isEqualTo(Status.UP);
		AccountAccess.asSystem("test", () -> this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json")));
		assertThat(AccountAccess.asSystem("test", () -> this.organizations.summaries())).isNotEmpty();

		// It goes away: DOWN within a few checks.
		server.close();
		server = null;
		await("unavailable", Duration.ofSeconds(15), () -> !this.status.isAvailable());
		assertThat(health("database")).isEqualTo(Status.DOWN);
		assertThat(health("neo4j")).isEqualTo(Status.DOWN);

		assertThatThrownBy(() -> AccountAccess.asSystem("test", () -> this.organizations.summaries()))
			.satisfies((ex) -> assertThat(DatabaseUnavailable.isCause(ex)).as(ex.toString()).isTrue());

		// It comes back (an empty one here, as after a restore): UP again, without a
		// restart of
		// Powermap.
		server = startServer();
		await("available again", Duration.ofSeconds(60), this.status::isAvailable);
		assertThat(health("database")).isEqualTo(Status.UP);
		assertThat(health("neo4j")).isEqualTo(Status.UP);
		assertThat(AccountAccess.asSystem("test", () -> this.organizations.summaries())).isEmpty();
		assertThat(SETUP_RUNS).as("the setup ran only once").hasSize(1);
	}

	private Status health(String name) {
		HealthIndicator indicator = this.health.get(name + "HealthIndicator");
		if (indicator != null) {
			return indicator.health().getStatus();
		}
		ReactiveHealthIndicator reactive = this.reactiveHealth.get(name + "HealthContributor");
		assertThat(reactive).as(name + " in " + this.health.keySet() + " " + this.reactiveHealth.keySet()).isNotNull();
		return reactive.health().block(Duration.ofSeconds(30)).getStatus();
	}

	private static Neo4j startServer() {
		return Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", PORT))
			.build();
	}

	private static void await(String what, Duration limit, BooleanSupplier condition) {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not " + what + " after " + limit);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
