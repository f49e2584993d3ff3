package com.powermap.risk;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Result;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.access.AccountAccess;
import com.powermap.access.AccountScope;
import com.powermap.access.NoAccessException;
import com.powermap.base.CypherQueries;

/**
 * The saved risk queries: every file of {@code cypher/queries/risk/}, listed with what
 * its header says and run by name with parameter values, each in a read transaction.
 * <p>
 * A query only shows what the caller's accounts allow: the server fills
 * {@code $allowedAccountIds} (null for every account) where a query uses it, and checks
 * the {@code $opportunity}, {@code $account} and {@code $people} a caller passes. A query
 * limited by none of these runs only for callers who see every account.
 */
@Service
public class SavedQueryService {

	static final String FOLDER = "risk/";

	/** Filled by the server, never by the caller. */
	static final String ALLOWED_ACCOUNTS = "allowedAccountIds";

	private final Neo4jClient client;

	private final AccountAccess access;

	/** By name, sorted; each with its Cypher. */
	private final Map<String, Saved> saved;

	private record Saved(SavedQuery query, String cypher) {
	}

	/** What running a query gave: its columns, its rows (JSON values) and how long. */
	record QueryResult(List<String> columns, List<List<@Nullable Object>> rows, long elapsedMs) {
	}

	/** A saved query of that name does not exist. */
	static final class UnknownQueryException extends RuntimeException {

		UnknownQueryException(String name) {
			super("unknown query \"" + name + "\"");
		}

	}

	SavedQueryService(Neo4jClient client, CypherQueries queries, AccountAccess access) {
		this.client = client;
		this.access = access;
		Map<String, Saved> saved = new TreeMap<>();
		for (String name : queries.names()) {
			if (name.startsWith(FOLDER)) {
				String shortName = name.substring(FOLDER.length());
				String cypher = queries.get(name);
				SavedQuery query = QueryHeader.parse(shortName, cypher);
				// The caller does not give the allowed accounts: hide them from the list.
				query = new SavedQuery(query.name(), query.description(),
						query.parameters().stream().filter((p) -> !p.name().equals(ALLOWED_ACCOUNTS)).toList(),
						query.columns());
				saved.put(shortName, new Saved(query, cypher));
			}
		}
		this.saved = Collections.unmodifiableMap(saved);
	}

	/** Every saved query, by name. */
	public List<SavedQuery> list() {
		return this.saved.values().stream().map(Saved::query).toList();
	}

	/**
	 * The Cypher of one saved query, header comment included.
	 * @throws UnknownQueryException when there is no query of that name
	 */
	public String text(String name) {
		Saved query = this.saved.get(name);
		if (query == null) {
			throw new UnknownQueryException(name);
		}
		return query.cypher();
	}

	/**
	 * Runs one saved query in a read transaction.
	 * @throws UnknownQueryException when there is no query of that name
	 * @throws QueryParameters.InvalidParametersException when a parameter is missing,
	 * unknown or of the wrong kind
	 */
	@Transactional(readOnly = true)
	public QueryResult run(String name, Map<String, ? extends @Nullable Object> values) {
		Saved query = this.saved.get(name);
		if (query == null) {
			throw new UnknownQueryException(name);
		}
		Map<String, Object> parameters = new HashMap<>(QueryParameters.convert(query.query().parameters(), values));
		checkAccess(query, parameters);
		long start = System.nanoTime();
		QueryResult result = this.client.delegateTo((runner) -> {
			Result rows = runner.run(query.cypher(), parameters);
			List<String> columns = rows.keys();
			List<List<@Nullable Object>> list = new ArrayList<>();
			rows.forEachRemaining((record) -> {
				List<@Nullable Object> row = new ArrayList<>();
				record.values().forEach((value) -> row.add(json(value.asObject())));
				list.add(row);
			});
			return Optional.of(new QueryResult(columns, list, 0));
		}).run().orElseThrow();
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		return new QueryResult(result.columns(), result.rows(), elapsed);
	}

	private void checkAccess(Saved query, Map<String, Object> parameters) {
		AccountScope scope = this.access.scope();
		boolean limited = false;
		if (query.cypher().contains("$" + ALLOWED_ACCOUNTS)) {
			parameters.put(ALLOWED_ACCOUNTS, scope.parameter());
			limited = true;
		}
		if (parameters.get("opportunity") instanceof String opportunity) {
			this.access.checkOpportunity(opportunity);
			limited = true;
		}
		if (parameters.get("account") instanceof String account) {
			this.access.checkAccount(account);
			limited = true;
		}
		if (parameters.get("people") instanceof List<?> people) {
			this.access.checkPeople(people.stream().map(String::valueOf).toList());
			limited = true;
		}
		if (!limited && !scope.all()) {
			throw new NoAccessException("the query \"" + query.query().name()
					+ "\" is not limited to accounts, so only callers who see every account may run it");
		}
	}

	/**
	 * A value of a result as JSON can carry it: dates and times as ISO-8601 text, nodes
	 * and relationships as their properties, points as {@code {srid, x, y[, z]}}.
	 */
	static @Nullable Object json(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof ZonedDateTime time) {
			return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
			return value.toString();
		}
		if (value instanceof Entity entity) {
			return json(entity.asMap());
		}
		if (value instanceof Path path) {
			List<@Nullable Object> nodes = new ArrayList<>();
			path.nodes().forEach((node) -> nodes.add(json(node)));
			return nodes;
		}
		if (value instanceof Point point) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("srid", point.srid());
			json.put("x", point.x());
			json.put("y", point.y());
			if (!Double.isNaN(point.z())) {
				json.put("z", point.z());
			}
			return json;
		}
		if (value instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(bytes);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> json = new LinkedHashMap<>();
			map.forEach((k, v) -> json.put(String.valueOf(k), json(v)));
			return json;
		}
		if (value instanceof Iterable<?> list) {
			List<@Nullable Object> json = new ArrayList<>();
			list.forEach((v) -> json.add(json(v)));
			return json;
		}
		return value.toString();
	}

}
