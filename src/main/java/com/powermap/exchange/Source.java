package com.powermap.exchange;

/**
 * Where an element of an imported document sits, to name it in error messages: a JSON
 * path for a {@code powermap/v1} document, a line for a CSV file.
 */
public interface Source {

	/** The place of one field of this element. */
	String field(String name);

	/** A JSON path such as {@code $.relationships[3]}. */
	record JsonPath(String path) implements Source {

		public JsonPath index(String array, int i) {
			return new JsonPath(this.path + "." + array + "[" + i + "]");
		}

		@Override
		public String field(String name) {
			return this.path + "." + name;
		}

		@Override
		public String toString() {
			return this.path;
		}

	}

	/** A line of a CSV file, counting the header as line 1. */
	record CsvLine(int line) implements Source {

		@Override
		public String field(String name) {
			return "line " + this.line + ", column " + name;
		}

		@Override
		public String toString() {
			return "line " + this.line;
		}

	}

}
