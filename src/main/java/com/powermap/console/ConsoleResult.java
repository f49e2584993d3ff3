package com.powermap.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a console query gave.
 *
 * @param columns the result's column names, in order
 * @param rows the rows read, each a list of values in column order: JSON values, with
 * nodes as {@link Node}, relationships as {@link Relationship} and paths as {@link Path}
 * @param truncated whether the result had more rows than were read (row or size cap)
 * @param elapsedMs how long the query took, in milliseconds
 */
public record ConsoleResult(List<String> columns, List<List<@Nullable Object>> rows, boolean truncated,
		long elapsedMs) {

	/**
	 * A node of a result.
	 *
	 * @param id its element id
	 * @param labels its labels
	 * @param properties its properties, as JSON values
	 */
	public record Node(String id, List<String> labels, Map<String, @Nullable Object> properties) {
	}

	/**
	 * A relationship of a result.
	 *
	 * @param id its element id
	 * @param type its type
	 * @param start the element id of its start node
	 * @param end the element id of its end node
	 * @param properties its properties, as JSON values
	 */
	public record Relationship(String id, String type, String start, String end,
			Map<String, @Nullable Object> properties) {
	}

	/**
	 * A path of a result: its nodes in order and the relationships between them.
	 */
	public record Path(List<Node> nodes, List<Relationship> relationships) {
	}

	/**
	 * The nodes and relationships anywhere in the rows (in lists, maps and paths too),
	 * each once, for drawing the result as a graph.
	 */
	public Graph graph() {
		Map<String, Node> nodes = new LinkedHashMap<>();
		Map<String, Relationship> relationships = new LinkedHashMap<>();
		this.rows.forEach((row) -> row.forEach((value) -> collect(value, nodes, relationships)));
		return new Graph(List.copyOf(nodes.values()), List.copyOf(relationships.values()));
	}

	private static void collect(@Nullable Object value, Map<String, Node> nodes,
			Map<String, Relationship> relationships) {
		if (value instanceof Node node) {
			nodes.putIfAbsent(node.id(), node);
		}
		else if (value instanceof Relationship relationship) {
			relationships.putIfAbsent(relationship.id(), relationship);
		}
		else if (value instanceof Path path) {
			path.nodes().forEach((n) -> nodes.putIfAbsent(n.id(), n));
			path.relationships().forEach((r) -> relationships.putIfAbsent(r.id(), r));
		}
		else if (value instanceof List<?> list) {
			list.forEach((v) -> collect(v, nodes, relationships));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((v) -> collect(v, nodes, relationships));
		}
	}

	/**
	 * The graph part of a result. A relationship may name a node that is not among the
	 * nodes, when the query returned the relationship alone.
	 */
	public record Graph(List<Node> nodes, List<Relationship> relationships) {

		public boolean isEmpty() {
			return this.nodes.isEmpty() && this.relationships.isEmpty();
		}

	}

}
