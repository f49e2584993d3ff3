package com.powermap.base;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.neo4j.io.ByteUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j that runs when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the store lives on disk
 * @param boltPort the Bolt port (0 picks a free one)
 * @param pageCache the page cache size, in Neo4j's notation ({@code 256m}, {@code 2g})
 * @param listenAddress the address Bolt listens on: {@code localhost} unless another is
 * configured
 * @param password the password of the user {@code neo4j}; empty or {@code null} for one
 * generated on the first start and kept in the data directory
 * @param transactionMemoryMax the memory one transaction may use inside the database
 * ({@code db.memory.transaction.max}), in Neo4j's notation ({@code 512m}, {@code 2g}), or
 * {@code 0} for no limit of its own: the backstop against a console query that would fill
 * the heap, which must stay above what the largest import needs
 */
@ConfigurationProperties("powermap.embedded")
public record EmbeddedNeo4jSettings(Path dataDir, int boltPort, String pageCache, String listenAddress,
		@Nullable String password, String transactionMemoryMax) {

	/** The memory one transaction may use unless configured otherwise. */
	public static final String DEFAULT_TRANSACTION_MEMORY_MAX = "1g";

	@ConstructorBinding
	public EmbeddedNeo4jSettings(Path dataDir, int boltPort, String pageCache,
			@DefaultValue("localhost") String listenAddress, @Nullable String password,
			@DefaultValue(DEFAULT_TRANSACTION_MEMORY_MAX) String transactionMemoryMax) {
		if (boltPort < 0 || boltPort > 65535) {
			throw new IllegalArgumentException(
					"powermap.embedded.bolt-port must be between 0 and 65535, not " + boltPort);
		}
		if (password != null && !password.isEmpty() && password.length() < 8) {
			throw new IllegalArgumentException("powermap.embedded.password (POWERMAP_NEO4J_PASSWORD) must have at "
					+ "least 8 characters: Neo4j refuses shorter ones");
		}
		long memory = EmbeddedNeo4jConfiguration.parseBytes("powermap.embedded.transaction-memory-max",
				transactionMemoryMax);
		if (memory != 0 && memory < ByteUnit.mebiBytes(1)) {
			throw new IllegalArgumentException("powermap.embedded.transaction-memory-max must be 0 (no limit) or at "
					+ "least 1m, not \"" + transactionMemoryMax + "\"");
		}
		this.dataDir = dataDir;
		this.boltPort = boltPort;
		this.pageCache = pageCache;
		this.listenAddress = listenAddress;
		this.password = password;
		this.transactionMemoryMax = transactionMemoryMax;
	}

	/** On localhost, with a generated password and the default memory per transaction. */
	public EmbeddedNeo4jSettings(Path dataDir, int boltPort, String pageCache) {
		this(dataDir, boltPort, pageCache, "localhost", null, DEFAULT_TRANSACTION_MEMORY_MAX);
	}

}
