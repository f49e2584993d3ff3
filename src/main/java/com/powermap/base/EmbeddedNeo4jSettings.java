package com.powermap.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded Neo4j that runs when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the store lives on disk
 * @param boltPort the Bolt port on localhost (0 picks a free one)
 * @param pageCache the page cache size, in Neo4j's notation ({@code 256m}, {@code 2g})
 */
@ConfigurationProperties("powermap.embedded")
public record EmbeddedNeo4jSettings(Path dataDir, int boltPort, String pageCache) {

	public EmbeddedNeo4jSettings {
		if (boltPort < 0 || boltPort > 65535) {
			throw new IllegalArgumentException(
					"powermap.embedded.bolt-port must be between 0 and 65535, not " + boltPort);
		}
	}

}
