package com.powermap.base;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J, like the rest of Powermap, so that
 * {@code logging.level.org.neo4j.driver} in {@code application.properties} governs it.
 * <p>
 * It is also a matter of speed. Left to its default (the JDK's {@code System.Logger}),
 * driver 6.1 formats every Bolt message it sends into a debug line before asking whether
 * debug is on: the text of each query's parameters, which for an import is the whole
 * batch of rows. Profiled on the L benchmark's import, that formatting took about 6% of
 * the samples of the process, on the path of every statement, all of it thrown away. Its
 * SLF4J logger asks first. The first 1,500 accounts of L imported at 14,020 and 15,879
 * relationships/s before, 19,076 and 17,466 after (2026-12-06, alternating runs); the
 * whole of L gained a few percent at most, M (one document of 50,000 relationships) about
 * 16% (README, Benchmarks).
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
		return (builder) -> builder.withLogging(Logging.slf4j());
	}

}
