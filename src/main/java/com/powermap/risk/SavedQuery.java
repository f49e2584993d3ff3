package com.powermap.risk;

import java.util.List;

/**
 * A saved risk query: one file of {@code cypher/queries/risk/}, described by its header
 * comment.
 *
 * @param name the file's name without folder and extension ({@code competitor-ties})
 * @param description the first line(s) of the header
 * @param parameters the {@code // Parameters:} line, in order
 * @param columns the {@code // Returns:} line's column names, in order
 */
public record SavedQuery(String name, String description, List<Parameter> parameters, List<String> columns) {

	/**
	 * A declared parameter: {@code $asOf (date)} is named {@code asOf} with type
	 * {@code date}.
	 */
	public record Parameter(String name, String type) {
	}

}
