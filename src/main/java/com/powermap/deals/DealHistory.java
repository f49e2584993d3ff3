package com.powermap.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.base.CypherQueries;
import com.powermap.base.Language;

/**
 * The assessment history of a deal as a timeline: for each day something was assessed,
 * what was said and the deal's effective stage as of that day (the whole analysis redone
 * for that day), and whether it moved forward or back.
 */
@Service
public class DealHistory {

	/** The most recent days a timeline shows. */
	static final int MAX_DAYS = 40;

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final AnalysisService analysis;

	DealHistory(Neo4jClient client, CypherQueries queries, AnalysisService analysis) {
		this.client = client;
		this.queries = queries;
		this.analysis = analysis;
	}

	/**
	 * The timeline of a deal up to a date (today when null), oldest day first, at most
	 * the last {@value #MAX_DAYS} days with assessments.
	 */
	@Transactional(readOnly = true)
	public List<Day> timeline(String opportunity, @Nullable LocalDate asOf, Language language) {
		LocalDate until = (asOf != null) ? asOf : this.analysis.today();
		Map<LocalDate, List<Said>> byDay = new LinkedHashMap<>();
		this.client.query(this.queries.get("deals/assessment-history"))
			.bindAll(Map.of("opportunity", opportunity, "asOf", until))
			.fetch()
			.all()
			.forEach((row) -> byDay.computeIfAbsent((LocalDate) row.get("day"), (d) -> new ArrayList<>())
				.add(new Said((String) row.get("person"), (String) row.get("name"),
						value(Stage.class, row.get("stage")), value(Attitude.class, row.get("attitude")),
						value(Participation.class, row.get("participation")), (String) row.get("note"))));
		List<LocalDate> days = new ArrayList<>(byDay.keySet());
		if (days.size() > MAX_DAYS) {
			days = days.subList(days.size() - MAX_DAYS, days.size());
		}
		List<Day> timeline = new ArrayList<>();
		Stage previous = null;
		for (LocalDate day : days) {
			Stage effective = this.analysis.analyze(opportunity, day, language).effectiveStage();
			Move move;
			if (effective == null) {
				move = Move.NONE;
			}
			else if (previous == null) {
				move = Move.FIRST;
			}
			else {
				int change = Integer.compare(effective.ordinal(), previous.ordinal());
				move = (change > 0) ? Move.FORWARD : (change < 0) ? Move.BACK : Move.SAME;
			}
			timeline.add(new Day(day, effective, move, List.copyOf(byDay.get(day))));
			if (effective != null) {
				previous = effective;
			}
		}
		return timeline;
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable Object name) {
		return (name instanceof String s) ? Enum.valueOf(type, s) : null;
	}

	/** How the effective stage changed from the last day that had one. */
	public enum Move {

		/** The first day with an effective stage. */
		FIRST,
		/** Later than before. */
		FORWARD,
		/** Earlier than before: the deal went back. */
		BACK,
		/** Unchanged. */
		SAME,
		/** Nobody involved had an assessed stage that day. */
		NONE

	}

	/**
	 * One day of the timeline.
	 *
	 * @param effectiveStage the deal's effective stage as of that day, null when nobody
	 * involved had an assessed stage
	 */
	public record Day(LocalDate day, @Nullable Stage effectiveStage, Move move, List<Said> assessments) {
	}

	/** One assessment of that day. */
	public record Said(String person, String name, @Nullable Stage stage, @Nullable Attitude attitude,
			@Nullable Participation participation, @Nullable String note) {
	}

}
