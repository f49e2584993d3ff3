package com.powermap.console;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of the Cypher console.
 *
 * @param timeout how long one query may run before the database stops it
 * @param maxRows the rows read at most; a result with more is cut and flagged truncated
 * @param maxResultSize the result read at most, measured roughly as its JSON
 * @param maxQuerySize the longest query text accepted, in UTF-8 bytes
 * @param procedures the procedures a query may call, by qualified name
 */
@ConfigurationProperties("powermap.console")
public record ConsoleSettings(@DefaultValue("10s") Duration timeout, @DefaultValue("1000") int maxRows,
		@DefaultValue("4MB") DataSize maxResultSize, @DefaultValue("20KB") DataSize maxQuerySize, @DefaultValue( {
				"db.labels", "db.relationshipTypes", "db.propertyKeys" }) List<String> procedures){

	public static final ConsoleSettings DEFAULTS = new ConsoleSettings(Duration.ofSeconds(10), 1000,
			DataSize.ofMegabytes(4), DataSize.ofKilobytes(20),
			List.of("db.labels", "db.relationshipTypes", "db.propertyKeys"));

	public ConsoleSettings {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("powermap.console.timeout must be positive, not " + timeout);
		}
		if (maxRows < 1) {
			throw new IllegalArgumentException("powermap.console.max-rows must be at least 1, not " + maxRows);
		}
		if (maxResultSize.toBytes() < 1 || maxQuerySize.toBytes() < 1) {
			throw new IllegalArgumentException("powermap.console sizes must be positive");
		}
		procedures = List.copyOf(procedures);
	}

	/** These settings with another timeout. */
	public ConsoleSettings withTimeout(Duration timeout) {
		return new ConsoleSettings(timeout, this.maxRows, this.maxResultSize, this.maxQuerySize, this.procedures);
	}

}
