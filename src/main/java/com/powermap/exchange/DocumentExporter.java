package com.powermap.exchange;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.base.CypherQueries;

/**
 * Reads the stored graph back into a {@code powermap/v1} document, sorted by identity so
 * that the same graph always gives the same text. Fields without a value are left out.
 */
final class DocumentExporter {

	private final Neo4jClient client;

	private final CypherQueries queries;

	DocumentExporter(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	Map<String, Object> export(@Nullable String account) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", PowermapDocument.FORMAT);
		document.put("organizations", rows("exchange/export-organizations", account, "id", "name", "kind"));
		document.put("people",
				rows("exchange/export-people", account, "id", "name", "title", "department", "email", "org", "leftAt"));
		document.put("relationships", relationships(account));
		document.put("opportunities", opportunities(account));
		return document;
	}

	private List<Map<String, Object>> rows(String query, @Nullable String account, String... columns) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : fetch(query, account)) {
			Map<String, Object> element = new LinkedHashMap<>();
			for (String column : columns) {
				put(element, column, row.get(column));
			}
			rows.add(element);
		}
		return rows;
	}

	private List<Map<String, Object>> relationships(@Nullable String account) {
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (Map<String, Object> row : fetch("exchange/export-relationships", account)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			Map<String, Object> element = new LinkedHashMap<>();
			element.put("type", row.get("type"));
			element.put("from", row.get("from"));
			element.put("to", row.get("to"));
			for (String field : List.of("strength", "opportunity", "at", "channel", "context", "note", "since",
					"until")) {
				put(element, field, properties.get(field));
			}
			relationships.add(element);
		}
		relationships.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("type"))
			.thenComparing((r) -> (String) r.get("from"))
			.thenComparing((r) -> (String) r.get("to"))
			.thenComparing((r) -> String.valueOf(r.getOrDefault("opportunity", "")))
			.thenComparing((r) -> momentOf(r.get("at"))));
		return relationships;
	}

	private List<Map<String, Object>> opportunities(@Nullable String account) {
		List<Map<String, Object>> opportunities = new ArrayList<>();
		for (Map<String, Object> row : fetch("exchange/export-opportunities", account)) {
			Map<String, Object> element = new LinkedHashMap<>();
			for (String column : List.of("id", "name", "account", "claimedStage", "amount", "currency")) {
				put(element, column, row.get(column));
			}
			List<Map<String, Object>> involvements = new ArrayList<>();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> stored = (List<Map<String, Object>>) row.get("involvements");
			for (Map<String, Object> involvement : stored) {
				Map<String, Object> i = new LinkedHashMap<>();
				i.put("person", involvement.get("person"));
				i.put("role", involvement.get("role"));
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> assessments = new ArrayList<>(
						(List<Map<String, Object>>) involvement.get("assessments"));
				assessments.sort(Comparator.comparing((Map<String, Object> a) -> momentOf(a.get("at")))
					.thenComparing((a) -> ((Number) a.getOrDefault("seq", 0L)).longValue()));
				List<Map<String, Object>> history = new ArrayList<>();
				for (Map<String, Object> assessment : assessments) {
					Map<String, Object> a = new LinkedHashMap<>();
					for (String field : List.of("at", "stage", "attitude", "participation", "note")) {
						put(a, field, assessment.get(field));
					}
					history.add(a);
				}
				i.put("assessments", history);
				involvements.add(i);
			}
			involvements.sort(Comparator.comparing((Map<String, Object> i) -> (String) i.get("person")));
			element.put("involvements", involvements);
			opportunities.add(element);
		}
		return opportunities;
	}

	private java.util.Collection<Map<String, Object>> fetch(String query, @Nullable String account) {
		return this.client.query(this.queries.get(query)).bind(account).to("account").fetch().all();
	}

	private static void put(Map<String, Object> element, String field, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof LocalDate || value instanceof ZonedDateTime) {
			element.put(field, momentOf(value).toString());
		}
		else {
			element.put(field, value);
		}
	}

	private static Moment momentOf(@Nullable Object value) {
		if (value == null) {
			return Moment.of(LocalDate.MIN);
		}
		if (value instanceof LocalDate date) {
			return Moment.of(date);
		}
		if (value instanceof String text) {
			return Moment.parse(text);
		}
		java.time.Instant instant = ZonedDateTime.from((TemporalAccessor) value).toInstant();
		return new Moment(instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate(), instant);
	}

}
