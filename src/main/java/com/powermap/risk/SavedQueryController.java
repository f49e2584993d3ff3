package com.powermap.risk;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The saved risk queries over REST: {@code GET /api/queries} lists the files of
 * {@code cypher/queries/risk/} with their parameters and columns; {@code POST
 * /api/queries/{name}} with a JSON object of parameter values runs one and answers
 * {@code {"columns", "rows", "elapsedMs"}}. An unknown name answers 404, a missing or
 * wrong parameter 400 with {@code {"errors": [{"path", "message"}]}}, the path being the
 * parameter's name.
 */
@RestController
class SavedQueryController {

	private final SavedQueryService queries;

	SavedQueryController(SavedQueryService queries) {
		this.queries = queries;
	}

	@GetMapping("/api/queries")
	List<SavedQuery> list() {
		return this.queries.list();
	}

	@PostMapping("/api/queries/{name}")
	SavedQueryService.QueryResult run(@PathVariable String name,
			@RequestBody(required = false) @Nullable Map<String, @Nullable Object> parameters) {
		return this.queries.run(name, (parameters != null) ? parameters : Map.of());
	}

	@ExceptionHandler
	ResponseEntity<Errors> unknown(SavedQueryService.UnknownQueryException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(new Errors(List.of(new QueryParameters.Problem("name", ex.getMessage()))));
	}

	@ExceptionHandler
	ResponseEntity<Errors> invalid(QueryParameters.InvalidParametersException ex) {
		return ResponseEntity.badRequest().body(new Errors(ex.problems()));
	}

	/** The body of a refused request. */
	record Errors(List<QueryParameters.Problem> errors) {
	}

}
