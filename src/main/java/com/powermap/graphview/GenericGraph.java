package com.powermap.graphview;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Any nodes and relationships to draw, such as those of a Cypher console result: each
 * node with its labels and a caption, each relationship with its type. Texts are shown as
 * text, never as HTML.
 */
public record GenericGraph(List<Node> nodes, List<Link> links) {

	/**
	 * Keeps only the relationships whose both ends are among the nodes: the graph cannot
	 * draw an edge to a node it does not have.
	 */
	public GenericGraph {
		nodes = List.copyOf(nodes);
		Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toUnmodifiableSet());
		links = links.stream().filter((l) -> ids.contains(l.from()) && ids.contains(l.to())).toList();
	}

	/**
	 * A node.
	 *
	 * @param id its id, the one the graph sends back when it is selected
	 * @param labels its labels
	 * @param caption the text under it
	 * @param tooltip the text shown when the pointer is on it
	 */
	public record Node(String id, List<String> labels, String caption, String tooltip) {
	}

	/** A relationship from one node to another. */
	public record Link(String id, String type, String from, String to, String tooltip) {
	}

	/** The ids of the nodes. */
	public Set<String> nodeIds() {
		return this.nodes.stream().map(Node::id).collect(Collectors.toUnmodifiableSet());
	}

}
