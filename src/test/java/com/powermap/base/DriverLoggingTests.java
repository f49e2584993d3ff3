package com.powermap.base;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;

import com.powermap.PowermapTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver of the application, as its configuration builds it. */
@PowermapTest
class DriverLoggingTests {

	@Autowired
	ObjectProvider<ConfigBuilderCustomizer> customizers;

	@Test
	void the_driver_does_not_write_out_debug_messages_that_nobody_logs() {
		Config.ConfigBuilder builder = Config.builder();
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		Logger log = builder.build().logging().getLog("org.neo4j.driver.internal.BoltLogger");
		// What the driver logs for each message it sends: the message, with the query's
		// parameters (for an import, thousands of rows).
		AtomicInteger written = new AtomicInteger();
		Object message = new Object() {
			@Override
			public String toString() {
				written.incrementAndGet();
				return "RUN with parameters";
			}
		};
		assertThat(log.isDebugEnabled()).isFalse();
		log.debug("C: %s", message);
		assertThat(written).hasValue(0);
	}

}
