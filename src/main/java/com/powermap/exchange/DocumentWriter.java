package com.powermap.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;

import com.powermap.base.CypherQueries;
import com.powermap.people.RelationshipType;

/**
 * Writes a checked document as an upsert, in UNWIND batches, inside the caller's
 * transaction. The relationships of people the import creates are created without a
 * MERGE: none can be stored yet, and a checked document names each identity once.
 */
final class DocumentWriter {

	static final int BATCH_SIZE = 10_000;

	/**
	 * The relationship types written with CREATE when they touch a person this import
	 * created (nothing stored can be merged with them), with the properties their upserts
	 * set. (A DELEGATES keeps its upsert: it is identified by its opportunity too, and
	 * rare.)
	 */
	private static final Map<RelationshipType, List<String>> CREATED_WITHOUT_MERGE = Map.ofEntries(
			Map.entry(RelationshipType.REPORTS_TO, List.of("since", "until")),
			Map.entry(RelationshipType.INFLUENCES, List.of("strength", "note", "since", "until")),
			Map.entry(RelationshipType.KNOWS, List.of("strength", "context", "since", "until")),
			Map.entry(RelationshipType.ENGAGED, List.of("at", "day", "channel", "note")));

	private static final Neo4jPersistenceExceptionTranslator TRANSLATOR = new Neo4jPersistenceExceptionTranslator();

	private final Neo4jClient client;

	private final CypherQueries queries;

	private int nodesCreated;

	private int relationshipsCreated;

	private final boolean countVersions;

	/**
	 * @param countVersions whether the people and opportunities the document updates get
	 * their version counted up (an import: an editor who read the older version must not
	 * overwrite it); false for the editing services, which count it up themselves
	 */
	DocumentWriter(Neo4jClient client, CypherQueries queries, boolean countVersions) {
		this.client = client;
		this.queries = queries;
		this.countVersions = countVersions;
	}

	ImportResult write(PowermapDocument document) {
		if (this.countVersions) {
			countVersions("exchange/count-opportunity-versions",
					document.opportunities().stream().map(PowermapDocument.Opportunity::id).toList());
		}
		run("exchange/upsert-organizations",
				document.organizations()
					.stream()
					.map((o) -> row("id", o.id(), "name", o.name(), "kind", o.kind().name()))
					.toList());
		List<Map<String, @Nullable Object>> people = document.people().stream().map((p) -> {
			Map<String, @Nullable Object> row = row("id", p.id(), "name", p.name(), "title", p.title());
			row.put("department", p.department());
			row.put("email", p.email());
			row.put("org", p.org());
			row.put("leftAt", p.leftAt());
			return row;
		}).toList();
		// The people an import creates (it counts versions up as it goes, and says whom
		// it created): their relationships cannot be stored yet.
		Set<String> created = new HashSet<>();
		if (this.countVersions) {
			run("exchange/import-people", people, (record) -> created.add(record.get("created").asString()));
		}
		else {
			run("exchange/upsert-people", people);
		}
		Map<RelationshipType, List<Map<String, @Nullable Object>>> byType = new HashMap<>();
		List<Map<String, @Nullable Object>> createdRelationships = new ArrayList<>();
		for (PowermapDocument.Relationship r : document.relationships()) {
			Map<String, @Nullable Object> row = row("from", r.from(), "to", r.to(), "since", r.since());
			row.put("until", r.until());
			row.put("note", r.note());
			row.put("strength", r.strength());
			row.put("context", r.context());
			row.put("opportunity", r.opportunity());
			row.put("channel", r.channel());
			if (r.at() != null) {
				row.put("at", r.at().toStored());
				row.put("day", r.at().day());
			}
			List<String> properties = CREATED_WITHOUT_MERGE.get(r.type());
			if (properties != null && (created.contains(r.from()) || created.contains(r.to()))) {
				Map<String, @Nullable Object> set = new HashMap<>();
				properties.stream().filter((key) -> row.get(key) != null).forEach((key) -> set.put(key, row.get(key)));
				Map<String, @Nullable Object> create = row("from", r.from(), "to", r.to(), "type", r.type().name());
				create.put("properties", set);
				createdRelationships.add(create);
			}
			else {
				byType.computeIfAbsent(r.type(), (t) -> new ArrayList<>()).add(row);
			}
		}
		List<Map<String, @Nullable Object>> opportunities = new ArrayList<>();
		List<Map<String, @Nullable Object>> involvements = new ArrayList<>();
		List<Map<String, @Nullable Object>> assessments = new ArrayList<>();
		for (PowermapDocument.Opportunity o : document.opportunities()) {
			Map<String, @Nullable Object> row = row("id", o.id(), "name", o.name(), "account", o.account());
			row.put("claimedStage", o.claimedStage().name());
			row.put("amount", storedAmount(o.amount()));
			row.put("currency", o.currency());
			opportunities.add(row);
			for (PowermapDocument.Involvement i : o.involvements()) {
				involvements.add(row("opportunity", o.id(), "person", i.person(), "role", i.role().name()));
				for (PowermapDocument.Assessment a : i.assessments()) {
					Map<String, @Nullable Object> arow = row("opportunity", o.id(), "person", i.person(), "at",
							a.at().toStored());
					arow.put("day", a.at().day());
					arow.put("seq", assessments.size());
					arow.put("stage", (a.stage() != null) ? a.stage().name() : null);
					arow.put("attitude", (a.attitude() != null) ? a.attitude().name() : null);
					arow.put("participation", (a.participation() != null) ? a.participation().name() : null);
					arow.put("note", a.note());
					assessments.add(arow);
				}
			}
		}
		// Opportunities before relationships: a DELEGATES may name one. Involvements need
		// both.
		run("exchange/upsert-opportunities", opportunities);
		for (RelationshipType type : RelationshipType.values()) {
			String name = type.name().toLowerCase().replace('_', '-');
			run("exchange/upsert-" + name, byType.getOrDefault(type, List.of()));
		}
		run("exchange/create-relationships", createdRelationships);
		run("exchange/upsert-involvements", involvements);
		run("exchange/upsert-assessments", assessments);
		return new ImportResult(document.organizations().size(), document.people().size(),
				document.relationships().size(), opportunities.size(), involvements.size(), assessments.size(),
				this.nodesCreated, this.relationshipsCreated);
	}

	private void countVersions(String query, List<String> ids) {
		String cypher = this.queries.get(query);
		for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
			this.client.query(cypher).bind(ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE))).to("ids").run();
		}
	}

	private void run(String query, List<Map<String, @Nullable Object>> rows) {
		String cypher = this.queries.get(query);
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Map<String, @Nullable Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
			count(this.client.query(cypher).bind(batch).to("rows").run());
		}
	}

	/**
	 * As {@link #run(String, List)}, handing on the records the statement returns (the
	 * client gives either records or the counters, not both).
	 */
	private void run(String query, List<Map<String, @Nullable Object>> rows, Consumer<Record> records) {
		String cypher = this.queries.get(query);
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			Map<String, Object> parameters = Map.of("rows",
					rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
			// The client's runner takes part in the caller's transaction; closing it
			// leaves that transaction open. Errors are translated as the client's own
			// are.
			try (QueryRunner runner = this.client.getQueryRunner()) {
				Result result = runner.run(cypher, parameters);
				result.forEachRemaining(records);
				count(result.consume());
			}
			catch (RuntimeException ex) {
				DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(ex);
				throw (translated != null) ? translated : ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot close the query runner of " + query, ex);
			}
		}
	}

	private void count(ResultSummary summary) {
		this.nodesCreated += summary.counters().nodesCreated();
		this.relationshipsCreated += summary.counters().relationshipsCreated();
	}

	private static Map<String, @Nullable Object> row(String k1, @Nullable Object v1, String k2, @Nullable Object v2,
			String k3, @Nullable Object v3) {
		Map<String, @Nullable Object> row = new HashMap<>();
		row.put(k1, v1);
		row.put(k2, v2);
		row.put(k3, v3);
		return row;
	}

	/**
	 * Neo4j has no decimal type: whole amounts are stored as integers, others as floats.
	 */
	static @Nullable Object storedAmount(@Nullable BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal plain = amount.stripTrailingZeros();
		if (plain.scale() <= 0 && plain.toBigInteger().bitLength() < 63) {
			return plain.longValueExact();
		}
		return amount.doubleValue();
	}

}
