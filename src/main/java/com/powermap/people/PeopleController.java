package com.powermap.people;

import java.time.LocalDate;
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

/**
 * People over REST: {@code GET /api/people/{id}} with the version to save against,
 * {@code PUT /api/people/{id}} with that version (409 when someone else saved since),
 * {@code POST /api/people} to add one. Refusals answer {@code {"errors": [{"path",
 * "message"}]}}.
 */
@RestController
class PeopleController {

	private final PeopleService people;

	PeopleController(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/api/people/{id}")
	PersonDetails person(@PathVariable String id) {
		return this.people.person(id);
	}

	@PutMapping("/api/people/{id}")
	Map<String, Object> update(@PathVariable String id, @RequestBody PersonUpdate update) {
		if (update.version() == null) {
			throw EditErrors.of("$.version", "missing: send the version you read (GET /api/people/" + id + ")");
		}
		long version = this.people.update(id, update.version(), update.fields());
		return Map.of("id", id, "version", version);
	}

	@PostMapping("/api/people")
	ResponseEntity<PersonDetails> add(@RequestBody PersonUpdate person) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.people.add(person.fields()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> stale(StaleVersionException ex) {
		return errors(HttpStatus.CONFLICT, "$.version", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unknown(UnknownPersonException ex) {
		return errors(HttpStatus.NOT_FOUND, "id", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return errors(HttpStatus.BAD_REQUEST, "$", "unreadable body: " + ex.getMostSpecificCause().getMessage());
	}

	static ResponseEntity<Map<String, Object>> errors(HttpStatus status, String path, @Nullable String message) {
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(new ImportError(path, String.valueOf(message)))));
	}

	/** The body of a save: the version read, and every field of the person. */
	record PersonUpdate(@Nullable Long version, @Nullable String name, @Nullable String title,
			@Nullable String department, @Nullable String email, @Nullable String org, @Nullable LocalDate leftAt) {

		PersonFields fields() {
			return new PersonFields(this.name, this.title, this.department, this.email, this.org, this.leftAt);
		}

	}

}
