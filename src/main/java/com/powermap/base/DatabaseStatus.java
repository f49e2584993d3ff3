package com.powermap.base;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What Powermap last learned about its database: whether it answers, and whether the work
 * of its first contact (migrations, first users, demo data) is done.
 * {@link DatabaseSetup} keeps it current; a request that fails because the database is
 * unreachable marks it unavailable at once. The UI's banner and the health endpoint read
 * it.
 */
@Component
public class DatabaseStatus {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

	private volatile boolean available;

	private volatile boolean ready;

	private volatile @Nullable String problem = "not contacted yet";

	/** Whether the database answered the last time anyone asked. */
	public boolean isAvailable() {
		return this.available;
	}

	/** Whether the migrations and the first-start work have run. */
	public boolean isReady() {
		return this.ready;
	}

	/** Why the database is not available or not ready, or null. */
	public @Nullable String problem() {
		return this.problem;
	}

	/**
	 * Records a failure of any work on the database: it makes the database unavailable
	 * when the failure says it cannot be reached, and does nothing otherwise.
	 */
	public void report(Throwable failure) {
		if (DatabaseUnavailable.isCause(failure)) {
			unavailable(String.valueOf(failure.getMessage()));
		}
	}

	void unavailable(String reason) {
		if (this.available) {
			log.warn("The database cannot be reached: {}", reason);
		}
		this.available = false;
		this.problem = reason;
	}

	void available() {
		if (!this.available && this.ready) {
			log.info("The database can be reached again");
		}
		this.available = true;
		if (this.ready) {
			this.problem = null;
		}
	}

	void ready() {
		this.ready = true;
		this.available = true;
		this.problem = null;
	}

	void setupFailed(String reason) {
		this.problem = reason;
	}

}
