package com.powermap.base;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import com.powermap.PowermapTest;

import static org.assertj.core.api.Assertions.assertThat;

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
		try (Driver tool = GraphDatabase.driver(this.connection.getUri())) {
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
	void the_store_survives_a_restart(@TempDir Path dir) {
		EmbeddedNeo4jSettings settings = new EmbeddedNeo4jSettings(dir, 0, "8m");
		EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();

		DatabaseManagementService first = configuration.embeddedNeo4j(settings);
		try (Driver driver = driverFor(configuration, first)) {
			driver.executableQuery("CREATE (:Organization {id: 'kept', name: 'Kept', kind: 'CUSTOMER'})").execute();
		}
		first.shutdown();

		DatabaseManagementService second = configuration.embeddedNeo4j(settings);
		try (Driver driver = driverFor(configuration, second)) {
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
	void page_cache_sizes_are_read_in_neo4j_notation() {
		assertThat(EmbeddedNeo4jConfiguration.parseBytes("256m")).isEqualTo(256L * 1024 * 1024);
		assertThat(EmbeddedNeo4jConfiguration.parseBytes("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
		assertThat(EmbeddedNeo4jConfiguration.parseBytes("4096")).isEqualTo(4096L);
	}

	private static Driver driverFor(EmbeddedNeo4jConfiguration configuration, DatabaseManagementService service) {
		Neo4jConnectionDetails details = configuration.embeddedNeo4jConnectionDetails(service);
		return GraphDatabase.driver(details.getUri(), details.getAuthToken());
	}

}
