package com.powermap.exchange;

import java.util.List;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.powermap.access.NoAccessException;
import com.powermap.base.DatabaseStatus;
import com.powermap.deals.UnknownOpportunityException;

/**
 * One answer for every endpoint that refuses a document or names something unknown:
 * {@code {"errors": [{"path", "message"}]}}, 400 for a refused document, 404 for an
 * unknown account or opportunity, 403 for something the caller may not see or change.
 * When the database cannot be reached (or a transaction could not start), 503 with a
 * problem body ({@code application/problem+json}) and {@code Retry-After}.
 */
@RestControllerAdvice
class RefusedRequests {

	static final String RETRY_AFTER_SECONDS = "5";

	private final DatabaseStatus database;

	RefusedRequests(DatabaseStatus database) {
		this.database = database;
	}

	@ExceptionHandler
	ResponseEntity<Errors> invalid(InvalidDocumentException ex) {
		return ResponseEntity.badRequest().body(new Errors(ex.errors()));
	}

	@ExceptionHandler
	ResponseEntity<Errors> unknownAccount(UnknownAccountException ex) {
		return notFound("account", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Errors> unknownOpportunity(UnknownOpportunityException ex) {
		return notFound("id", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Errors> noAccess(NoAccessException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(new Errors(List.of(new ImportError("", String.valueOf(ex.getMessage())))));
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		this.database.report(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database cannot be reached; Powermap retries by itself. Send the request again "
						+ "once it is back.");
		problem.setTitle("Database unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

	private static ResponseEntity<Errors> notFound(String path, String message) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Errors(List.of(new ImportError(path, message))));
	}

	/** The body of a refused request. */
	record Errors(List<ImportError> errors) {
	}

}
