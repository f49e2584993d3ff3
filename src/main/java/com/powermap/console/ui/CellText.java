package com.powermap.console.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.powermap.console.ConsoleResult;

/**
 * A value of a console result as one line of text, in Cypher's notation: {@code (:Person
 * {name: "Zhang Wei"})}, {@code [:KNOWS {strength: 0.5}]}, lists in brackets, maps in
 * braces.
 */
final class CellText {

	private CellText() {
	}

	static String of(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof ConsoleResult.Node node) {
			return "(" + node.labels().stream().map((l) -> ":" + l).collect(Collectors.joining())
					+ properties(node.properties()) + ")";
		}
		if (value instanceof ConsoleResult.Relationship relationship) {
			return "[:" + relationship.type() + properties(relationship.properties()) + "]";
		}
		if (value instanceof ConsoleResult.Path path) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < path.nodes().size(); i++) {
				ConsoleResult.Node node = path.nodes().get(i);
				text.append(of(node));
				if (i < path.relationships().size()) {
					ConsoleResult.Relationship relationship = path.relationships().get(i);
					boolean forward = relationship.start().equals(node.id());
					text.append(forward ? "-" : "<-").append(of(relationship)).append(forward ? "->" : "-");
				}
			}
			return text.toString();
		}
		if (value instanceof Map<?, ?> map) {
			return "{" + map.entrySet()
				.stream()
				.map((e) -> e.getKey() + ": " + nested(e.getValue()))
				.collect(Collectors.joining(", ")) + "}";
		}
		if (value instanceof List<?> list) {
			return "[" + list.stream().map(CellText::nested).collect(Collectors.joining(", ")) + "]";
		}
		return String.valueOf(value);
	}

	private static String nested(@Nullable Object value) {
		return (value instanceof String text) ? "\"" + text + "\"" : of(value);
	}

	private static String properties(Map<String, @Nullable Object> properties) {
		return properties.isEmpty() ? "" : " " + of(properties);
	}

}
