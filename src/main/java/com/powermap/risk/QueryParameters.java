package com.powermap.risk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Turns the parameter values of a request (a JSON object) into the parameters of a saved
 * query, by the types its header declares: a {@code date} from {@code "YYYY-MM-DD"} to a
 * date, a {@code list ...} must be a JSON array, a {@code float} or {@code number} a
 * number, an {@code integer} a whole number, a {@code boolean} true or false, a
 * {@code string} or {@code ... id} a string; other types are passed on as they are. Every
 * declared parameter is required, and a value for a parameter the query does not declare
 * is refused, so that a misspelt name does not go unnoticed.
 */
final class QueryParameters {

	private QueryParameters() {
	}

	/** One parameter value that was missing or wrong. */
	record Problem(String path, String message) {
	}

	/** The request's values did not fit the query's parameters; lists every problem. */
	static final class InvalidParametersException extends RuntimeException {

		private final List<Problem> problems;

		InvalidParametersException(List<Problem> problems) {
			super(problems.stream().map((p) -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
			this.problems = List.copyOf(problems);
		}

		List<Problem> problems() {
			return this.problems;
		}

	}

	/**
	 * The values to run a query with.
	 * @throws InvalidParametersException naming each parameter that is missing, unknown
	 * or of the wrong kind
	 */
	static Map<String, Object> convert(List<SavedQuery.Parameter> declared,
			Map<String, ? extends @Nullable Object> given) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		Set<String> names = declared.stream().map(SavedQuery.Parameter::name).collect(Collectors.toSet());
		for (SavedQuery.Parameter parameter : declared) {
			Object value = given.get(parameter.name());
			if (value == null) {
				problems.add(new Problem(parameter.name(), "missing parameter (" + parameter.type() + ")"));
				continue;
			}
			try {
				values.put(parameter.name(), convert(parameter.type(), value));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(parameter.name(), ex.getMessage()));
			}
		}
		given.keySet()
			.stream()
			.filter((name) -> !names.contains(name))
			.sorted()
			.forEach((name) -> problems.add(new Problem(name,
					"unknown parameter" + (declared.isEmpty() ? ": this query takes none" : ", expected "
							+ declared.stream().map(SavedQuery.Parameter::name).collect(Collectors.joining(", "))))));
		if (!problems.isEmpty()) {
			throw new InvalidParametersException(problems);
		}
		return values;
	}

	private static Object convert(String type, Object value) {
		if (type.equals("date")) {
			if (!(value instanceof String text)) {
				throw new IllegalArgumentException("must be a date as \"YYYY-MM-DD\", not " + value);
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("unparseable date \"" + text + "\": expected YYYY-MM-DD");
			}
		}
		if (type.startsWith("list")) {
			if (!(value instanceof List<?>)) {
				throw new IllegalArgumentException("must be a JSON array (" + type + "), not " + value);
			}
			return value;
		}
		if (type.equals("float") || type.equals("number")) {
			if (!(value instanceof Number)) {
				throw new IllegalArgumentException("must be a number, not " + value);
			}
			return value;
		}
		if (type.equals("integer") || type.equals("int")) {
			if (!isWhole(value)) {
				throw new IllegalArgumentException("must be a whole number, not " + value);
			}
			return ((Number) value).longValue();
		}
		if (type.equals("boolean")) {
			if (!(value instanceof Boolean)) {
				throw new IllegalArgumentException("must be true or false, not " + value);
			}
			return value;
		}
		if (type.equals("string") || type.endsWith("id")) {
			if (!(value instanceof String)) {
				throw new IllegalArgumentException("must be a string (" + type + "), not " + value);
			}
			return value;
		}
		return value;
	}

	private static boolean isWhole(Object value) {
		return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| (value instanceof BigInteger big && big.bitLength() < 64)
				|| (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0);
	}

}
