package com.powermap.console;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.QueryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import com.powermap.access.AccountAccess;
import com.powermap.base.CypherQueries;

/**
 * Runs the queries of the Cypher console behind three layers, each of which assumes the
 * others failed:
 * <ol>
 * <li>{@link ConsoleGuard} parses the text and refuses anything but one read query;</li>
 * <li>Neo4j {@code EXPLAIN}s it, and only a query it classifies as read-only ("r") goes
 * on;</li>
 * <li>it runs in a transaction opened in read access mode, with a timeout, that is always
 * rolled back; reading stops at a row cap and a size cap.</li>
 * </ol>
 * Inside the database, the memory a transaction may use
 * ({@code db.memory.transaction.max}) bounds it too: a query stopped there is answered
 * with that limit. A caller runs one console query at a time. Every query, refused or
 * not, is recorded as a {@code :ConsoleAudit} node in a write transaction of its own.
 */
@Service
public class ConsoleService {

	private static final Logger log = LoggerFactory.getLogger(ConsoleService.class);

	/** The limit and the setting in a memory error of Neo4j. */
	private static final Pattern MEMORY_LIMIT = Pattern
		.compile("the limit ([\\d.,]+ ?[KMGTPE]?i?B)\\..*?([\\w.]+) threshold reached", Pattern.DOTALL);

	private final Driver driver;

	private final Neo4jClient client;

	private final ConsoleSettings settings;

	private final String audit;

	private final String recentAudit;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final AccountAccess access;

	ConsoleService(Driver driver, Neo4jClient client, CypherQueries queries, ConsoleSettings settings,
			AccountAccess access) {
		this.driver = driver;
		this.access = access;
		this.client = client;
		this.settings = settings;
		this.audit = queries.get("console/audit");
		this.recentAudit = queries.get("console/recent-audit");
	}

	/** The bounds queries run with. */
	public ConsoleSettings settings() {
		return this.settings;
	}

	/**
	 * Runs one console query.
	 * @param caller who runs it
	 * @param query the Cypher text
	 * @param parameters values for its {@code $parameters}
	 * @throws ConsoleRefusedException when it was refused, failed or was stopped, with
	 * the reasons
	 */
	public ConsoleResult run(ConsoleCaller caller, String query, Map<String, ? extends @Nullable Object> parameters) {
		return run(caller, query, parameters, this.settings);
	}

	/** As {@link #run(ConsoleCaller, String, Map)}, within other bounds. */
	ConsoleResult run(ConsoleCaller caller, String query, Map<String, ? extends @Nullable Object> parameters,
			ConsoleSettings bounds) {
		long start = System.nanoTime();
		if (!this.running.add(caller.name())) {
			ConsoleRefusedException busy = new ConsoleRefusedException(ConsoleRefusedException.Outcome.BUSY,
					"you already have a console query running; wait until it ends");
			record(caller, query, busy.outcome().name(), busy.reason(), 0, start, bounds);
			throw busy;
		}
		try {
			String checked = ConsoleGuard.check(query, bounds);
			Map<String, @Nullable Object> values = ConsoleParameters.convert(parameters);
			explain(checked, values, bounds);
			ConsoleResult result = execute(checked, values, bounds, start);
			record(caller, query, result.truncated() ? "TRUNCATED" : "OK", null, result.rows().size(), start, bounds);
			return result;
		}
		catch (ConsoleRefusedException ex) {
			record(caller, query, ex.outcome().name(), ex.reason(), 0, start, bounds);
			throw ex;
		}
		finally {
			this.running.remove(caller.name());
		}
	}

	/**
	 * The second layer: Neo4j plans the query without running it and says what kind it
	 * is; anything but read-only is refused.
	 */
	void explain(String query, Map<String, @Nullable Object> parameters, ConsoleSettings bounds) {
		try (Session session = readSession(1); Transaction tx = session.beginTransaction(config(bounds))) {
			try {
				QueryType type = tx.run("EXPLAIN " + query, parameters).consume().queryType();
				if (type != QueryType.READ_ONLY) {
					throw new ConsoleRefusedException(ConsoleRefusedException.Outcome.REFUSED, "Neo4j plans this as a "
							+ describe(type) + " query; the console runs read-only queries only");
				}
			}
			finally {
				tx.rollback();
			}
		}
		catch (Neo4jException ex) {
			throw refusal(ex, bounds);
		}
	}

	/**
	 * The third layer: runs the query in a read transaction with the timeout, reads at
	 * most the row and size caps, and rolls back.
	 */
	ConsoleResult execute(String query, Map<String, @Nullable Object> parameters, ConsoleSettings bounds, long start) {
		long maxBytes = bounds.maxResultSize().toBytes();
		try (Session session = readSession(Math.min(bounds.maxRows() + 1L, 1000));
				Transaction tx = session.beginTransaction(config(bounds))) {
			try {
				Result result = tx.run(query, parameters);
				List<String> columns = result.keys();
				ConsoleValues values = new ConsoleValues();
				List<List<@Nullable Object>> rows = new ArrayList<>();
				boolean truncated = false;
				while (result.hasNext()) {
					if (rows.size() >= bounds.maxRows()) {
						truncated = true;
						break;
					}
					Record record = result.next();
					List<@Nullable Object> row = new ArrayList<>(record.size());
					record.values().forEach((value) -> row.add(values.convert(value.asObject())));
					if (values.bytes() > maxBytes) {
						truncated = true;
						break;
					}
					rows.add(row);
				}
				return new ConsoleResult(columns, rows, truncated, (System.nanoTime() - start) / 1_000_000);
			}
			finally {
				tx.rollback();
			}
		}
		catch (Neo4jException ex) {
			throw refusal(ex, bounds);
		}
	}

	/**
	 * The latest audit records, newest first; for administrators.
	 * @throws com.powermap.access.NoAccessException for anyone else
	 */
	public List<Map<String, @Nullable Object>> recentAudit(int limit) {
		this.access.checkAdmin();
		return new ArrayList<>(this.client.query(this.recentAudit).bind((long) limit).to("limit").fetch().all())
			.stream()
			.map((row) -> {
				Map<String, @Nullable Object> copy = new LinkedHashMap<>(row);
				if (copy.get("at") instanceof ZonedDateTime at) {
					copy.put("at", at.toOffsetDateTime().toString());
				}
				return copy;
			})
			.toList();
	}

	private Session readSession(long fetchSize) {
		return this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(fetchSize).build());
	}

	private static TransactionConfig config(ConsoleSettings bounds) {
		return TransactionConfig.builder()
			.withTimeout(bounds.timeout())
			.withMetadata(Map.of("app", "powermap-console"))
			.build();
	}

	private static String describe(@Nullable QueryType type) {
		if (type == null) {
			return "unknown";
		}
		return switch (type) {
			case READ_ONLY -> "read-only";
			case READ_WRITE -> "read-write";
			case WRITE_ONLY -> "write";
			case SCHEMA_WRITE -> "schema-changing";
		};
	}

	private static ConsoleRefusedException refusal(Neo4jException ex, ConsoleSettings bounds) {
		String code = String.valueOf(ex.code());
		String message = String.valueOf(ex.getMessage()).strip();
		if (code.endsWith("OutOfMemoryError")) {
			return new ConsoleRefusedException(ConsoleRefusedException.Outcome.MEMORY_LIMIT,
					"the query needed more memory than the database allows " + memoryLimit(message)
							+ " and was stopped");
		}
		if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")
				|| message.toLowerCase().contains("timeout")) {
			return new ConsoleRefusedException(ConsoleRefusedException.Outcome.TIMED_OUT,
					"the query ran longer than " + bounds.timeout().toMillis() + " ms and was stopped");
		}
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException) {
			return new ConsoleRefusedException(ConsoleRefusedException.Outcome.UNAVAILABLE,
					"the database cannot be reached: " + message);
		}
		if (ex instanceof ClientException || code.startsWith("Neo.ClientError")) {
			return new ConsoleRefusedException(ConsoleRefusedException.Outcome.FAILED,
					"Neo4j refused the query: " + message);
		}
		return new ConsoleRefusedException(ConsoleRefusedException.Outcome.FAILED, "the query failed: " + message);
	}

	/**
	 * The limit a memory error of Neo4j names, as "(setting: size)", from its message
	 * ("... would use more than the limit 16.0 MiB. Currently using 14.3 MiB.
	 * db.memory.transaction.max threshold reached"); the message itself when it does not
	 * read so.
	 */
	static String memoryLimit(String message) {
		Matcher limit = MEMORY_LIMIT.matcher(message);
		return limit.find() ? "(" + limit.group(2) + ": " + limit.group(1) + ")" : "(" + message + ")";
	}

	private void record(ConsoleCaller caller, String query, String outcome, @Nullable String reason, int rows,
			long start, ConsoleSettings bounds) {
		int limit = (int) Math.min(Integer.MAX_VALUE, bounds.maxQuerySize().toBytes());
		String kept = (query.length() > limit) ? query.substring(0, limit) + "…" : query;
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("caller", caller.name());
		parameters.put("role", caller.role());
		parameters.put("query", kept);
		parameters.put("queryBytes", (long) query.getBytes(StandardCharsets.UTF_8).length);
		parameters.put("outcome", outcome);
		parameters.put("reason", reason);
		parameters.put("rows", (long) rows);
		parameters.put("durationMs", (System.nanoTime() - start) / 1_000_000);
		try {
			this.client.query(this.audit).bindAll(parameters).run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not audit a console query of {} ({}): {}", caller.name(), outcome, ex.getMessage());
		}
	}

}
