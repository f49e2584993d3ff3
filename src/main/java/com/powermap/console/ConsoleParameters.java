package com.powermap.console;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks the parameter values of a console query: text, whole numbers within 64 bits,
 * finite decimals, booleans, dates and times, and lists and maps of those, nested at most
 * {@value #MAX_DEPTH} deep. Anything else is refused, naming the parameter.
 */
final class ConsoleParameters {

	static final int MAX_DEPTH = 16;

	private ConsoleParameters() {
	}

	/**
	 * The values to give the driver.
	 * @throws ConsoleRefusedException naming every wrong value, path
	 * {@code parameters.NAME}
	 */
	static Map<String, @Nullable Object> convert(Map<String, ? extends @Nullable Object> given) {
		List<ConsoleProblem> problems = new ArrayList<>();
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		given.forEach((name, value) -> values.put(name, convert("parameters." + name, value, 0, problems)));
		if (!problems.isEmpty()) {
			throw new ConsoleRefusedException(ConsoleRefusedException.Outcome.REFUSED, problems);
		}
		return values;
	}

	private static @Nullable Object convert(String path, @Nullable Object value, int depth,
			List<ConsoleProblem> problems) {
		if (depth > MAX_DEPTH) {
			problems.add(new ConsoleProblem(path, "nested more than " + MAX_DEPTH + " deep"));
			return null;
		}
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
				|| value instanceof Integer || value instanceof Short || value instanceof Byte
				|| value instanceof Temporal) {
			return value;
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				problems.add(new ConsoleProblem(path, "must be a finite number, not " + value));
			}
			return d;
		}
		if (value instanceof BigInteger big) {
			if (big.bitLength() >= 64) {
				problems.add(new ConsoleProblem(path, "the number " + big + " is too large: whole numbers must fit "
						+ "in 64 bits (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")"));
				return null;
			}
			return big.longValue();
		}
		if (value instanceof BigDecimal decimal) {
			double d = decimal.doubleValue();
			if (Double.isInfinite(d)) {
				problems.add(new ConsoleProblem(path, "the number " + decimal + " is too large"));
			}
			return d;
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> converted = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				converted.add(convert(path + "[" + i + "]", list.get(i), depth + 1, problems));
			}
			return converted;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> converted = new LinkedHashMap<>();
			map.forEach((k, v) -> converted.put(String.valueOf(k), convert(path + "." + k, v, depth + 1, problems)));
			return converted;
		}
		problems.add(new ConsoleProblem(path, "unsupported value of type " + value.getClass().getSimpleName()));
		return null;
	}

}
