package com.powermap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small edits of a JSON document by path ({@code opportunities[0].involvements[1].role}),
 * to make one mistake at a time in an otherwise valid document.
 */
public final class JsonEdit {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private final ObjectNode root;

	private JsonEdit(ObjectNode root) {
		this.root = root;
	}

	public static JsonEdit of(String json) {
		return new JsonEdit((ObjectNode) MAPPER.readTree(json));
	}

	/**
	 * Sets a field to a JSON value given as text ({@code "\"gm2\""}, {@code 1.5},
	 * {@code null}).
	 */
	public JsonEdit set(String path, String json) {
		int dot = path.lastIndexOf('.');
		ObjectNode parent = (ObjectNode) ((dot < 0) ? this.root : node(path.substring(0, dot)));
		parent.set(path.substring(dot + 1), MAPPER.readTree(json));
		return this;
	}

	public JsonEdit remove(String path) {
		int dot = path.lastIndexOf('.');
		ObjectNode parent = (ObjectNode) ((dot < 0) ? this.root : node(path.substring(0, dot)));
		parent.remove(path.substring(dot + 1));
		return this;
	}

	/** Appends an element, given as JSON text, to an array. */
	public JsonEdit add(String arrayPath, String json) {
		((ArrayNode) node(arrayPath)).add(MAPPER.readTree(json));
		return this;
	}

	public String json() {
		return MAPPER.writeValueAsString(this.root);
	}

	private JsonNode node(String path) {
		JsonNode node = this.root;
		for (String step : path.split("\\.")) {
			int bracket = step.indexOf('[');
			if (bracket < 0) {
				node = node.get(step);
			}
			else {
				node = node.get(step.substring(0, bracket));
				int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
				node = node.get(index);
			}
		}
		return node;
	}

}
