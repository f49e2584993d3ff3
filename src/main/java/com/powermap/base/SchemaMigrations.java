package com.powermap.base;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations of {@code cypher/migrations} (Neo4j-Migrations
 * conventions: {@code V001__Name.cypher}, applied once each, checksummed): the first step
 * of {@link DatabaseSetup}, so before the application serves anyone, or as soon as an
 * external database that was unreachable at the start answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SchemaMigrations implements DatabaseSetupStep {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Migrations migrations;

	SchemaMigrations(Driver driver) {
		MigrationsConfig config = MigrationsConfig.builder().withLocationsToScan("classpath:cypher/migrations").build();
		this.migrations = new Migrations(config, driver);
	}

	@Override
	public void run() {
		this.migrations.apply()
			.ifPresentOrElse(version -> log.info("Database schema is at version {}", version.getValue()),
					() -> log.info("No schema migration to apply"));
	}

}
