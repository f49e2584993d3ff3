package com.powermap.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every Cypher query of {@code cypher/queries}, loaded once at startup. A query is named
 * by its path below that folder without the extension, e.g.
 * {@code exchange/upsert-people}. Asking for a query that does not exist fails at once,
 * so a missing file stops the application from starting.
 */
@Component
public class CypherQueries {

	static final String LOCATION = "classpath*:cypher/queries/**/*.cypher";

	private final Map<String, String> queries;

	public CypherQueries() {
		this.queries = load();
	}

	/**
	 * The text of the query of that name.
	 * @throws IllegalStateException when there is no such file
	 */
	public String get(String name) {
		String query = this.queries.get(name);
		if (query == null) {
			throw new IllegalStateException("No Cypher query cypher/queries/" + name + ".cypher on the classpath");
		}
		return query;
	}

	/** The names of all queries, sorted. */
	public Set<String> names() {
		return this.queries.keySet();
	}

	static Map<String, String> load() {
		try {
			Map<String, String> queries = new TreeMap<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				String url = resource.getURL().toString();
				int at = url.lastIndexOf("cypher/queries/");
				String name = url.substring(at + "cypher/queries/".length(), url.length() - ".cypher".length());
				queries.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
			}
			return Map.copyOf(queries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher queries in cypher/queries", ex);
		}
	}

}
