package com.powermap.console.ui;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.powermap.console.ConsoleResult;
import com.powermap.graphview.GenericGraph;

/**
 * A console result's nodes and relationships as the graph component draws them: each node
 * captioned with its first property among {@code name}, {@code title}, {@code id} (else
 * its first label), its whole Cypher notation as the tooltip; each relationship with its
 * type. Relationships whose ends the result did not return are left out.
 */
final class ResultGraph {

	private static final List<String> CAPTIONS = List.of("name", "title", "id");

	private ResultGraph() {
	}

	static GenericGraph of(ConsoleResult.Graph graph) {
		List<GenericGraph.Node> nodes = graph.nodes()
			.stream()
			.map((n) -> new GenericGraph.Node(n.id(), n.labels(), caption(n), CellText.of(n)))
			.toList();
		List<GenericGraph.Link> links = graph.relationships()
			.stream()
			.map((r) -> new GenericGraph.Link(r.id(), r.type(), r.start(), r.end(), CellText.of(r)))
			.toList();
		return new GenericGraph(nodes, links);
	}

	static String caption(ConsoleResult.Node node) {
		Map<String, @Nullable Object> properties = node.properties();
		for (String key : CAPTIONS) {
			Object value = properties.get(key);
			if (value instanceof String || value instanceof Number) {
				return String.valueOf(value);
			}
		}
		return node.labels().isEmpty() ? node.id() : node.labels().get(0);
	}

}
