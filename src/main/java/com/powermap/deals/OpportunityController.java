package com.powermap.deals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.powermap.exchange.ImportError;
import com.powermap.people.EditErrors;
import com.powermap.people.StaleVersionException;

/**
 * Editing deals over REST: {@code GET /api/opportunities/{id}} with the version to save
 * against, {@code PUT /api/opportunities/{id}} with that version (409 when someone else
 * saved since), and {@code POST /api/opportunities/{id}/assessments}, which only ever
 * adds. Refusals answer {@code {"errors": [{"path", "message"}]}}.
 */
@RestController
class OpportunityController {

	private final OpportunityService opportunities;

	OpportunityController(OpportunityService opportunities) {
		this.opportunities = opportunities;
	}

	@GetMapping("/api/opportunities/{id}")
	OpportunityDetails opportunity(@PathVariable String id) {
		return this.opportunities.opportunity(id);
	}

	@PutMapping("/api/opportunities/{id}")
	Map<String, Object> update(@PathVariable String id, @RequestBody OpportunityUpdate update) {
		if (update.version() == null) {
			throw EditErrors.of("$.version", "missing: send the version you read (GET /api/opportunities/" + id + ")");
		}
		long version = this.opportunities.update(id, update.version(),
				new OpportunityFields(update.name(), update.claimedStage(), update.amount(), update.currency()));
		return Map.of("id", id, "version", version);
	}

	@PostMapping("/api/opportunities/{id}/assessments")
	ResponseEntity<Map<String, Object>> assess(@PathVariable String id, @RequestBody NewAssessment assessment) {
		String at = this.opportunities.recordAssessment(id, assessment);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("opportunity", id, "person", String.valueOf(assessment.person()).trim(), "at", at));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> stale(StaleVersionException ex) {
		return errors(HttpStatus.CONFLICT, "$.version", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return errors(HttpStatus.BAD_REQUEST, "$", "unreadable body: " + ex.getMostSpecificCause().getMessage());
	}

	private static ResponseEntity<Map<String, Object>> errors(HttpStatus status, String path,
			@Nullable String message) {
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(new ImportError(path, String.valueOf(message)))));
	}

	/** The body of a save: the version read, and every field of the opportunity. */
	record OpportunityUpdate(@Nullable Long version, @Nullable String name, @Nullable Stage claimedStage,
			@Nullable BigDecimal amount, @Nullable String currency) {

	}

}
