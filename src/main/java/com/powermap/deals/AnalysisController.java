package com.powermap.deals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.powermap.base.Language;

/**
 * The analyses over REST: {@code GET /api/opportunities/{id}/analysis?asOf=&lang=} and
 * {@code GET /api/portfolio/risks?asOf=&lang=}. Results as DOMAIN.md section 4.
 */
@RestController
class AnalysisController {

	private final AnalysisService analysis;

	AnalysisController(AnalysisService analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/api/opportunities/{id}/analysis")
	Map<String, Object> analysis(@PathVariable String id, @RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		return this.analysis.analyze(id, date(asOf), Language.pick(lang, acceptLanguage)).toJson();
	}

	@GetMapping("/api/portfolio/risks")
	List<Map<String, Object>> portfolio(@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		return this.analysis.portfolio(date(asOf), Language.pick(lang, acceptLanguage))
			.stream()
			.map(DealAnalysis::toJson)
			.toList();
	}

	private static @Nullable LocalDate date(@Nullable String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(asOf.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("asOf", "unparseable date \"" + asOf + "\": expected YYYY-MM-DD");
		}
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> badRequest(BadRequestException ex) {
		return ResponseEntity.badRequest()
			.body(Map.of("errors", List.of(Map.of("path", ex.path, "message", ex.getMessage()))));
	}

	static final class BadRequestException extends RuntimeException {

		final String path;

		BadRequestException(String path, String message) {
			super(message);
			this.path = path;
		}

	}

}
