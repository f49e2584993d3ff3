package com.powermap.exchange;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.powermap.access.NoAccessException;
import com.powermap.deals.UnknownOpportunityException;

/**
 * One answer for every endpoint that refuses a document or names something unknown:
 * {@code {"errors": [{"path", "message"}]}}, 400 for a refused document, 404 for an
 * unknown account or opportunity, 403 for something the caller may not see or change.
 */
@RestControllerAdvice
class RefusedRequests {

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

	private static ResponseEntity<Errors> notFound(String path, String message) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Errors(List.of(new ImportError(path, message))));
	}

	/** The body of a refused request. */
	record Errors(List<ImportError> errors) {
	}

}
