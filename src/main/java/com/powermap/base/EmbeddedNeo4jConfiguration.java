package com.powermap.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * Starts Neo4j in-process, with its store on disk and its Bolt connector on localhost,
 * when no {@code NEO4J_URI} names an external server. The driver then talks Bolt to it
 * exactly as it would to a server, and cypher-shell, Neo4j Browser or Desktop can connect
 * to the same port. Bolt requires authentication: user {@code neo4j} with the password of
 * {@link EmbeddedNeo4jPassword}, which is set on every start, so that a changed
 * {@code POWERMAP_NEO4J_PASSWORD} takes effect.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	static final String USER = "neo4j";

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jSettings settings, Environment environment) {
		DatabaseManagementService service = embeddedNeo4j(settings);
		if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
			log.info("demo profile: the embedded Neo4j's user neo4j has the password {}", password(settings));
		}
		return service;
	}

	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jSettings settings) {
		Path home = home(settings);
		String password = password(settings);
		log.info("Starting the embedded Neo4j with its store in {}", home);
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(settings.listenAddress(), settings.boltPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory,
					parseBytes("powermap.embedded.page-cache", settings.pageCache()))
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size,
					parseBytes("powermap.embedded.transaction-memory-max", settings.transactionMemoryMax()))
			.build();
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally(setPasswordCommand(), Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// Neo4j refuses to set the password the user already has: nothing to do then.
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				service.shutdown();
				throw ex;
			}
		}
		return service;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService service,
			EmbeddedNeo4jSettings settings) {
		String password = password(settings);
		GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://localhost:" + address.getPort());
		log.info("The embedded Neo4j serves Bolt on {} (user neo4j; listening on {})", uri, settings.listenAddress());
		if (!settings.listenAddress().equals("localhost") && !settings.listenAddress().equals("127.0.0.1")) {
			log.warn("The embedded Neo4j listens on {}: other machines can reach it", settings.listenAddress());
		}
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.basic(USER, password);
			}
		};
	}

	private static Path home(EmbeddedNeo4jSettings settings) {
		return settings.dataDir().toAbsolutePath().normalize();
	}

	private static String password(EmbeddedNeo4jSettings settings) {
		return EmbeddedNeo4jPassword.of(settings, home(settings));
	}

	/** The admin command that sets the password, from {@code cypher/admin/}. */
	private static String setPasswordCommand() {
		try {
			return new ClassPathResource("cypher/admin/set-neo4j-password.cypher")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cypher/admin/set-neo4j-password.cypher is missing", ex);
		}
	}

	/**
	 * A size in Neo4j's notation: digits, optionally followed by {@code k}, {@code m} or
	 * {@code g}.
	 * @param setting the setting it comes from, for the message when it is not a size
	 */
	static long parseBytes(String setting, String size) {
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
			throw new IllegalArgumentException(setting + " must look like 256m or 2g, not \"" + size + "\"");
		}
	}

}
