package com.powermap.deals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portfolio scan ({@code powermap.scan.*}).
 *
 * @param threads how many batches of deals the scans of this instance analyse at once,
 * all scans together; 0 (the default) means one per processor
 */
@ConfigurationProperties("powermap.scan")
public record ScanSettings(@DefaultValue("0") int threads) {

	public ScanSettings {
		if (threads < 0) {
			throw new IllegalArgumentException(
					"powermap.scan.threads must be 0 (one per processor) or more, not " + threads);
		}
	}

	/** How many threads the scans get. */
	int effectiveThreads() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
