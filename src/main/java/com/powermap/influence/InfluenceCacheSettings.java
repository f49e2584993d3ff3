package com.powermap.influence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The influence cache ({@code powermap.influence-cache.*}).
 *
 * @param maxEntries how many (account, opportunity, date) influences it keeps, the least
 * recently used going first; 0 turns it off
 * @param timeToLive how long an entry is trusted: this instance's writes empty the cache
 * at once, the bound is for writes through other instances sharing the database
 */
@ConfigurationProperties("powermap.influence-cache")
public record InfluenceCacheSettings(@DefaultValue("4096") int maxEntries, @DefaultValue("5m") Duration timeToLive) {

	public InfluenceCacheSettings {
		if (maxEntries < 0) {
			throw new IllegalArgumentException("powermap.influence-cache.max-entries must be 0 or more");
		}
	}

}
