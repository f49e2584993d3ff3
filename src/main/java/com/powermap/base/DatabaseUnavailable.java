package com.powermap.base;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells a failure because the database cannot be reached from every other failure,
 * however Spring wrapped the driver's exception (a
 * {@code DataAccessResourceFailureException} from a query, a
 * {@code CannotCreateTransactionException} from the start of a transaction).
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or one of its causes, says that no database server could be
	 * reached or that the connection to it was lost.
	 */
	public static boolean isCause(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether trying the same work again may succeed: the database was unreachable, the
	 * connection was lost, or the server said the failure was transient (a deadlock, a
	 * leader switch).
	 */
	static boolean isRetryable(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof RetryableException) {
				return true;
			}
		}
		return false;
	}

}
