package com.powermap.console;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.cypherdsl.core.AliasedExpression;
import org.neo4j.cypherdsl.core.Clause;
import org.neo4j.cypherdsl.core.InTransactions;
import org.neo4j.cypherdsl.core.Match;
import org.neo4j.cypherdsl.core.ProcedureCall;
import org.neo4j.cypherdsl.core.Return;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.Subquery;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Unwind;
import org.neo4j.cypherdsl.core.UpdatingClause;
import org.neo4j.cypherdsl.core.Use;
import org.neo4j.cypherdsl.core.With;
import org.neo4j.cypherdsl.core.ast.Visitable;
import org.neo4j.cypherdsl.core.ast.Visitor;
import org.neo4j.cypherdsl.core.internal.LoadCSV;
import org.neo4j.cypherdsl.core.internal.ProcedureName;
import org.neo4j.cypherdsl.core.internal.UsingPeriodicCommit;
import org.neo4j.cypherdsl.parser.CyperDslParseException;
import org.neo4j.cypherdsl.parser.CypherParser;
import org.neo4j.cypherdsl.parser.UnsupportedCypherException;

/**
 * The first layer of the console: before anything reaches the database, the query text
 * must be short enough, parse with the Cypher-DSL parser as one statement, and consist of
 * reading clauses only ({@code MATCH}, {@code OPTIONAL MATCH}, {@code UNWIND},
 * {@code WITH}, {@code RETURN}, {@code CALL { ... }} without {@code IN TRANSACTIONS},
 * {@code UNION}) and calls of the allowed procedures. Anything else, and anything the
 * parser cannot read, is refused with the reason. The clauses are checked against a list
 * of those allowed rather than of those forbidden, so that a clause this class does not
 * know is refused too.
 */
final class ConsoleGuard {

	private static final Set<Class<? extends Clause>> READING_CLAUSES = Set.of(Match.class, Unwind.class, With.class,
			Return.class, Subquery.class, ProcedureCall.class);

	private static final String UNREAD = "the query goes on after what the console can read as one read query"
			+ " (end it with RETURN, and call procedures with YIELD ... RETURN)";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ConsoleGuard() {
	}

	/**
	 * Refuses a query that is not a single read query within the settings' size.
	 * @return the query to run: the one given, without a trailing semicolon
	 * @throws ConsoleRefusedException naming every reason, path {@code query}
	 */
	static String check(String query, ConsoleSettings settings) {
		if (query.isBlank()) {
			throw refused("the query is empty");
		}
		long bytes = query.getBytes(StandardCharsets.UTF_8).length;
		long limit = settings.maxQuerySize().toBytes();
		if (bytes > limit) {
			throw refused("the query is " + bytes + " bytes long; the console accepts at most " + limit);
		}
		query = oneStatement(query);
		Statement statement;
		try {
			statement = CypherParser.parse(query);
		}
		catch (UnsupportedCypherException ex) {
			throw refused("the console runs read queries only; this is not one: " + firstLine(ex.getMessage()));
		}
		catch (CyperDslParseException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw refused("cannot parse the query: " + text(cause));
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw refused("cannot parse the query: " + text(ex));
		}
		List<String> problems = problems(statement, settings);
		if (!problems.isEmpty()) {
			throw new ConsoleRefusedException(ConsoleRefusedException.Outcome.REFUSED,
					problems.stream().map((p) -> new ConsoleProblem("query", p)).toList());
		}
		readToTheEnd(query, settings);
		return query;
	}

	/**
	 * The parser reads one statement and stops where it cannot go on, without complaining
	 * about what follows ({@code MATCH (n) } CREATE ...} reads as {@code MATCH (n)}). So
	 * that nothing after what was checked reaches the database, the query is parsed once
	 * more inside {@code CALL { ... } RETURN 1 AS `nonce`} with a random alias nobody can
	 * write into the query: only when that alias is in what the parser read did it read
	 * the query to its end, and then everything it read is checked once more.
	 */
	private static void readToTheEnd(String query, ConsoleSettings settings) {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String nonce = "end_" + HexFormat.of().formatHex(random);
		Statement wrapped;
		try {
			wrapped = CypherParser.parse("CALL {\n" + query + "\n} RETURN 1 AS " + nonce);
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw refused(UNREAD);
		}
		boolean[] reachedTheEnd = { false };
		wrapped.accept((Visitable segment) -> {
			if (segment instanceof AliasedExpression aliased && nonce.equals(aliased.getAlias())
					|| segment instanceof SymbolicName name && nonce.equals(name.getValue())) {
				reachedTheEnd[0] = true;
			}
		});
		if (!reachedTheEnd[0]) {
			throw refused(UNREAD);
		}
		List<String> problems = problems(wrapped, settings);
		if (!problems.isEmpty()) {
			throw new ConsoleRefusedException(ConsoleRefusedException.Outcome.REFUSED,
					problems.stream().map((p) -> new ConsoleProblem("query", p)).toList());
		}
	}

	/**
	 * The query without a trailing semicolon, refused when a semicolon outside strings,
	 * names and comments separates two statements.
	 */
	static String oneStatement(String query) {
		int semicolon = semicolon(query);
		if (semicolon < 0) {
			return query;
		}
		if (semicolon(query.substring(semicolon + 1)) < 0 && onlyComments(query.substring(semicolon + 1))) {
			return query.substring(0, semicolon);
		}
		int line = 1;
		int column = 1;
		for (int i = 0; i < semicolon; i++) {
			if (query.charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		throw refused("more than one statement (a ';' at line " + line + ", column " + column
				+ "): the console runs one query at a time");
	}

	/** Where the first semicolon outside strings, quoted names and comments is, or -1. */
	private static int semicolon(String text) {
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = endOfQuoted(text, i, c);
			}
			else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
				int end = text.indexOf('\n', i);
				i = (end < 0) ? n : end + 1;
			}
			else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
			}
			else if (c == ';') {
				return i;
			}
			else {
				i++;
			}
		}
		return -1;
	}

	private static int endOfQuoted(String text, int start, char quote) {
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
			}
			else if (c == quote) {
				if (quote == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return text.length();
	}

	private static boolean onlyComments(String text) {
		String rest = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
		return rest.isBlank();
	}

	private static List<String> problems(Statement statement, ConsoleSettings settings) {
		Set<String> problems = new LinkedHashSet<>();
		String decorated = statement.getClass().getSimpleName();
		if (decorated.equals("DecoratedQuery")) {
			problems.add("EXPLAIN and PROFILE are not allowed: the console explains every query itself");
		}
		Visitor visitor = (Visitable segment) -> {
			if (segment instanceof LoadCSV || segment instanceof UsingPeriodicCommit) {
				problems.add("LOAD CSV is not allowed: the console does not read files or URLs");
			}
			else if (segment instanceof InTransactions) {
				problems.add("CALL { ... } IN TRANSACTIONS is not allowed");
			}
			else if (segment instanceof Use) {
				problems.add("USE is not allowed: the console reads the application's database only");
			}
			else if (segment instanceof UpdatingClause clause) {
				problems.add(name(clause) + " is not allowed: the console runs read queries only");
			}
			else if (segment instanceof ProcedureName procedure) {
				String name = procedure.getQualifiedName();
				if (!settings.procedures().contains(name)) {
					problems.add("the procedure " + name + " is not allowed; the console may call only "
							+ String.join(", ", settings.procedures()));
				}
			}
			else if (segment instanceof Clause clause
					&& READING_CLAUSES.stream().noneMatch((c) -> c.isInstance(clause))) {
				problems.add(name(clause) + " is not allowed: the console runs read queries only");
			}
		};
		statement.accept(visitor);
		return new ArrayList<>(problems);
	}

	/** {@code Create} as {@code CREATE}, {@code Delete} as {@code DELETE}, and so on. */
	private static String name(Clause clause) {
		String name = clause.getClass().getSimpleName();
		return switch (name) {
			case "Delete" -> "DELETE (and DETACH DELETE)";
			case "Set" -> "SET";
			case "Remove" -> "REMOVE";
			case "Foreach" -> "FOREACH";
			case "Merge" -> "MERGE";
			case "Create" -> "CREATE";
			default -> "the clause " + name;
		};
	}

	private static String text(Throwable ex) {
		String message = ex.getMessage();
		return (message != null && !message.isBlank()) ? message.strip() : ex.getClass().getSimpleName();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unsupported statement";
		}
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline).strip() : message.strip();
	}

	private static ConsoleRefusedException refused(String message) {
		return new ConsoleRefusedException(ConsoleRefusedException.Outcome.REFUSED, message);
	}

}
