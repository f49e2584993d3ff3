package com.powermap.base;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Powermap watches its database ({@code powermap.database.*}).
 *
 * @param checkInterval how often it checks that the database still answers, so that the
 * UI's banner appears and goes away by itself
 * @param firstRetryDelay the wait before the second attempt to reach a database that did
 * not answer at the start; each later wait doubles, up to {@code maxRetryDelay}
 * @param maxRetryDelay the longest wait between two attempts
 */
@ConfigurationProperties("powermap.database")
public record DatabaseSettings(@DefaultValue("5s") Duration checkInterval, @DefaultValue("1s") Duration firstRetryDelay,
		@DefaultValue("30s") Duration maxRetryDelay) {

}
