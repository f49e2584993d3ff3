package com.powermap.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import com.powermap.PowermapTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default database: Neo4j in-process, serving Bolt on localhost, with its store on
 * disk.
 */
@PowermapTest
class EmbeddedNeo4jTests {

	@Autowired
	DatabaseManagementService embedded;

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	Driver driver;

	@Test
	void without_neo4j_uri_the_application_talks_bolt_to_its_embedded_database() {
		assertThat(this.connection.getUri().toString()).matches("bolt://localhost:\\d+");
		this.driver.verifyConnectivity();
		// A second, independent driver reaches the same database, as cypher-shell or
		// Browser would.
		try (Driver tool = GraphDatabase.driver(this.connection.getUri(), this.connection.getAuthToken())) {
			String version = tool.executableQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
				.execute()
				.records()
				.get(0)
				.get("v")
				.asString();
			assertThat(version).startsWith("2026.");
		}
	}

	@Test
	void bolt_refuses_a_driver_without_the_password() {
		try (Driver anonymous = GraphDatabase.driver(this.connection.getUri())) {
			assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
		}
		try (Driver guessing = GraphDatabase.driver(this.connection.getUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void a_generated_password_is_kept_for_its_owner_only_and_survives_a_restart(@TempDir Path dir) throws Exception {
		EmbeddedNeo4jSettings settings = new EmbeddedNeo4jSettings(dir, 0, "8m");
		EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();

		DatabaseManagementService first = configuration.embeddedNeo4j(settings);
		Path file = dir.resolve(EmbeddedNeo4jPassword.FILE);
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(8);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		Neo4jConnectionDetails details = configuration.embeddedNeo4jConnectionDetails(first, settings);
		try (Driver anonymous = GraphDatabase.driver(details.getUri())) {
			assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
		}
		try (Driver owner = GraphDatabase.driver(details.getUri(), AuthTokens.basic("neo4j", password))) {
			owner.verifyConnectivity();
		}
		first.shutdown();

		DatabaseManagementService second = configuration.embeddedNeo4j(settings);
		try (Driver owner = GraphDatabase.driver(
				configuration.embeddedNeo4jConnectionDetails(second, settings).getUri(),
				AuthTokens.basic("neo4j", password))) {
			owner.verifyConnectivity();
			assertThat(Files.readString(file).strip()).isEqualTo(password);
		}
		finally {
			second.shutdown();
		}

		// A configured password replaces the generated one on the next start.
		EmbeddedNeo4jSettings configured = new EmbeddedNeo4jSettings(dir, 0, "8m", "localhost", "chosen-password",
				EmbeddedNeo4jSettings.DEFAULT_TRANSACTION_MEMORY_MAX);
		DatabaseManagementService third = configuration.embeddedNeo4j(configured);
		String uri = configuration.embeddedNeo4jConnectionDetails(third, configured).getUri().toString();
		try (Driver old = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password));
				Driver chosen = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "chosen-password"))) {
			assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			chosen.verifyConnectivity();
		}
		finally {
			third.shutdown();
		}
	}

	@Test
	void a_password_under_eight_characters_is_refused_with_a_message(@TempDir Path dir) {
		assertThatThrownBy(() -> new EmbeddedNeo4jSettings(dir, 0, "8m", "localhost", "short",
				EmbeddedNeo4jSettings.DEFAULT_TRANSACTION_MEMORY_MAX))
			.hasMessageContaining("at least 8 characters");
	}

	@Test
	void the_store_survives_a_restart(@TempDir Path dir) {
		EmbeddedNeo4jSettings settings = new EmbeddedNeo4jSettings(dir, 0, "8m");
		EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();

		DatabaseManagementService first = configuration.embeddedNeo4j(settings);
		try (Driver driver = driverFor(configuration, first, settings)) {
			driver.executableQuery("CREATE (:Organization {id: 'kept', name: 'Kept', kind: 'CUSTOMER'})").execute();
		}
		first.shutdown();

		DatabaseManagementService second = configuration.embeddedNeo4j(settings);
		try (Driver driver = driverFor(configuration, second, settings)) {
			long kept = driver.executableQuery("MATCH (o:Organization {id: 'kept'}) RETURN count(o) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(kept).isOne();
		}
		finally {
			second.shutdown();
		}
	}

	@Test
	void each_transaction_may_use_one_gigabyte_unless_configured_otherwise() {
		String limit = this.driver
			.executableQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value")
			.execute()
			.records()
			.get(0)
			.get("value")
			.asString();
		assertThat(limit).isEqualTo("1.00GiB");
	}

	@Test
	void a_transaction_memory_limit_under_one_megabyte_or_not_a_size_is_refused_with_a_message(@TempDir Path dir) {
		assertThatThrownBy(() -> new EmbeddedNeo4jSettings(dir, 0, "8m", "localhost", null, "512k"))
			.hasMessageContaining("powermap.embedded.transaction-memory-max must be 0 (no limit) or at least 1m");
		assertThatThrownBy(() -> new EmbeddedNeo4jSettings(dir, 0, "8m", "localhost", null, "plenty"))
			.hasMessageContaining("powermap.embedded.transaction-memory-max must look like 256m or 2g");
		assertThat(new EmbeddedNeo4jSettings(dir, 0, "8m", "localhost", null, "0").transactionMemoryMax())
			.isEqualTo("0");
	}

	@Test
	void page_cache_sizes_are_read_in_neo4j_notation() {
		assertThat(EmbeddedNeo4jConfiguration.parseBytes("powermap.embedded.page-cache", "256m"))
			.isEqualTo(256L * 1024 * 1024);
		assertThat(EmbeddedNeo4jConfiguration.parseBytes("powermap.embedded.page-cache", "2G"))
			.isEqualTo(2L * 1024 * 1024 * 1024);
		assertThat(EmbeddedNeo4jConfiguration.parseBytes("powermap.embedded.page-cache", "4096")).isEqualTo(4096L);
	}

	private static Driver driverFor(EmbeddedNeo4jConfiguration configuration, DatabaseManagementService service,
			EmbeddedNeo4jSettings settings) {
		Neo4jConnectionDetails details = configuration.embeddedNeo4jConnectionDetails(service, settings);
		return GraphDatabase.driver(details.getUri(), details.getAuthToken());
	}

}
