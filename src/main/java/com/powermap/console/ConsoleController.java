package com.powermap.console;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.powermap.access.AccountAccess;

/**
 * The Cypher console over REST: {@code POST /api/console} with {@code {"query",
 * "parameters"}} answers {@code {"columns", "rows", "truncated", "elapsedMs"}}; a refused
 * query answers 400 with {@code {"errors": [{"path", "message"}]}}, a second query while
 * one runs 429, an unreachable database 503.
 */
@RestController
class ConsoleController {

	private final ConsoleService console;

	private final AccountAccess access;

	ConsoleController(ConsoleService console, AccountAccess access) {
		this.console = console;
		this.access = access;
	}

	/** The body of a console request. */
	record ConsoleRequest(@Nullable String query, @Nullable Map<String, @Nullable Object> parameters) {
	}

	@PostMapping("/api/console")
	ConsoleResult run(@RequestBody ConsoleRequest request) {
		if (request.query() == null) {
			throw new ConsoleRefusedException(ConsoleRefusedException.Outcome.REFUSED, "missing query");
		}
		return this.console.run(ConsoleCaller.signedIn(this.access), request.query(),
				(request.parameters() != null) ? request.parameters() : Map.of());
	}

	@ExceptionHandler
	ResponseEntity<Errors> refused(ConsoleRefusedException ex) {
		HttpStatus status = switch (ex.outcome()) {
			case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.BAD_REQUEST;
		};
		return ResponseEntity.status(status).body(new Errors(ex.problems()));
	}

	/** The body of a refused request. */
	record Errors(List<ConsoleProblem> errors) {
	}

}
