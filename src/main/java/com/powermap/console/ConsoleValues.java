package com.powermap.console;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns the values of a result into what JSON carries, and measures them roughly as JSON,
 * for the console's size cap.
 */
final class ConsoleValues {

	private long bytes;

	/** The size of everything converted so far, roughly as JSON text. */
	long bytes() {
		return this.bytes;
	}

	@Nullable Object convert(@Nullable Object value) {
		if (value == null) {
			this.bytes += 4;
			return null;
		}
		if (value instanceof String text) {
			this.bytes += text.length() + 2L;
			return text;
		}
		if (value instanceof Number || value instanceof Boolean) {
			Object json = value;
			if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
				json = d.toString();
			}
			this.bytes += 8;
			return json;
		}
		if (value instanceof ZonedDateTime time) {
			this.bytes += 32;
			return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
			this.bytes += 32;
			return value.toString();
		}
		if (value instanceof Node node) {
			return node(node);
		}
		if (value instanceof Relationship relationship) {
			return relationship(relationship);
		}
		if (value instanceof Path path) {
			List<ConsoleResult.Node> nodes = new ArrayList<>();
			path.nodes().forEach((n) -> nodes.add(node(n)));
			List<ConsoleResult.Relationship> relationships = new ArrayList<>();
			path.relationships().forEach((r) -> relationships.add(relationship(r)));
			return new ConsoleResult.Path(nodes, relationships);
		}
		if (value instanceof Point point) {
			Map<String, @Nullable Object> json = new LinkedHashMap<>();
			json.put("srid", point.srid());
			json.put("x", point.x());
			json.put("y", point.y());
			if (!Double.isNaN(point.z())) {
				json.put("z", point.z());
			}
			this.bytes += 64;
			return json;
		}
		if (value instanceof byte[] data) {
			this.bytes += data.length * 4L / 3 + 4;
			return Base64.getEncoder().encodeToString(data);
		}
		if (value instanceof Map<?, ?> map) {
			return map(map);
		}
		if (value instanceof Iterable<?> list) {
			List<@Nullable Object> json = new ArrayList<>();
			list.forEach((v) -> {
				this.bytes += 1;
				json.add(convert(v));
			});
			this.bytes += 2;
			return json;
		}
		String text = value.toString();
		this.bytes += text.length() + 2L;
		return text;
	}

	private Map<String, @Nullable Object> map(Map<?, ?> map) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		map.forEach((k, v) -> {
			String key = String.valueOf(k);
			this.bytes += key.length() + 4L;
			json.put(key, convert(v));
		});
		this.bytes += 2;
		return json;
	}

	private ConsoleResult.Node node(Node node) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		this.bytes += node.elementId().length() + 40L + String.join(",", labels).length();
		return new ConsoleResult.Node(node.elementId(), labels, map(node.asMap()));
	}

	private ConsoleResult.Relationship relationship(Relationship relationship) {
		this.bytes += relationship.elementId().length() + relationship.startNodeElementId().length()
				+ relationship.endNodeElementId().length() + relationship.type().length() + 60L;
		return new ConsoleResult.Relationship(relationship.elementId(), relationship.type(),
				relationship.startNodeElementId(), relationship.endNodeElementId(), map(relationship.asMap()));
	}

}
