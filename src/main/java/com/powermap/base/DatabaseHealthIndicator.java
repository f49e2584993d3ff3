package com.powermap.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code database} in {@code /actuator/health}: DOWN until Powermap has reached its
 * database and run its migrations, and whenever the database stopped answering since;
 * beside Spring Boot's own {@code neo4j}, which asks the database on every call.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator {

	private final DatabaseStatus status;

	DatabaseHealthIndicator(DatabaseStatus status) {
		this.status = status;
	}

	@Override
	public Health health() {
		Health.Builder health = (this.status.isReady() && this.status.isAvailable()) ? Health.up() : Health.down();
		health.withDetail("ready", this.status.isReady()).withDetail("available", this.status.isAvailable());
		String problem = this.status.problem();
		if (problem != null) {
			health.withDetail("problem", problem);
		}
		return health.build();
	}

}
