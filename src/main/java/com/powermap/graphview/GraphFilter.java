package com.powermap.graphview;

import org.jspecify.annotations.Nullable;

/**
 * Which part of a large account the graph shows: the people of one department, and/or the
 * people within {@code depth} relationships of one person. Both null shows everyone (up
 * to the cap).
 */
public record GraphFilter(@Nullable String department, @Nullable String around, int depth) {

	/** The deepest neighbourhood a filter may ask for. */
	public static final int MAX_DEPTH = 6;

	public static final GraphFilter NONE = new GraphFilter(null, null, 2);

	public GraphFilter {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new IllegalArgumentException(
					"The depth around a person must be between 1 and " + MAX_DEPTH + ", not " + depth);
		}
		if (department != null && department.isBlank()) {
			department = null;
		}
		if (around != null && around.isBlank()) {
			around = null;
		}
	}

	public boolean isEmpty() {
		return this.department == null && this.around == null;
	}

}
