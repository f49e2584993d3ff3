package com.powermap.base;

import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in-process, with its store on disk and its Bolt connector on localhost,
 * when no {@code NEO4J_URI} names an external server. The driver then talks Bolt to it
 * exactly as it would to a server, and cypher-shell, Neo4j Browser or Desktop can connect
 * to the same port.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jSettings settings) {
		Path home = settings.dataDir().toAbsolutePath().normalize();
		log.info("Starting the embedded Neo4j with its store in {}", home);
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", settings.boltPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(settings.pageCache()))
			.build();
		return service;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService service) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://localhost:" + address.getPort());
		log.info("The embedded Neo4j serves Bolt on {}", uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	static long parseBytes(String size) {
		String s = size.trim().toLowerCase();
		long factor = 1;
		char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
		switch (last) {
			case 'k' -> factor = ByteUnit.kibiBytes(1);
			case 'm' -> factor = ByteUnit.mebiBytes(1);
			case 'g' -> factor = ByteUnit.gibiBytes(1);
			default -> {
			}
		}
		String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
		try {
			return Long.parseLong(digits.trim()) * factor;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"powermap.embedded.page-cache must look like 256m or 2g, not \"" + size + "\"");
		}
	}

}
