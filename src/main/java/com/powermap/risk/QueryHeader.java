package com.powermap.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header comment of a query file into a {@link SavedQuery}:
 *
 * <pre>
 * // What the query finds, on one or more lines.
 * // Parameters: $people (list of person ids: the involved), $asOf (date)
 * // Returns: person, competitors (list of {id, name, organization})
 * </pre>
 *
 * A parameter's type is the text in its brackets up to a colon (what follows the colon is
 * a note); {@code none} declares no parameters and {@code nothing} or {@code none} no
 * columns. A header that names no parameters or columns, or that leaves out a parameter
 * the query uses, is refused, so that a new query file with a wrong header stops the
 * application from starting rather than failing when someone runs it.
 */
final class QueryHeader {

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)\\s*(?:\\((.*)\\))?", Pattern.DOTALL);

	private static final Pattern COLUMN = Pattern.compile("`?([\\p{L}_][\\p{L}\\p{N}_]*)`?.*", Pattern.DOTALL);

	private static final Pattern USED_PARAMETER = Pattern.compile("\\$(\\w+)");

	private QueryHeader() {
	}

	/**
	 * The saved query of one file.
	 * @param name the name to give it
	 * @param text the file's text
	 * @throws IllegalStateException when the header does not describe the query
	 */
	static SavedQuery parse(String name, String text) {
		List<String> description = new ArrayList<>();
		StringBuilder parameters = null;
		StringBuilder returns = null;
		StringBuilder current = null;
		List<String> body = new ArrayList<>();
		boolean inHeader = true;
		for (String line : text.lines().toList()) {
			String stripped = line.strip();
			if (inHeader && stripped.startsWith("//")) {
				String comment = stripped.substring(2).strip();
				if (comment.startsWith("Parameters:")) {
					parameters = new StringBuilder(comment.substring("Parameters:".length()));
					current = parameters;
				}
				else if (comment.startsWith("Returns:")) {
					returns = new StringBuilder(comment.substring("Returns:".length()));
					current = returns;
				}
				else if (current != null) {
					current.append(' ').append(comment);
				}
				else if (!comment.isEmpty()) {
					description.add(comment);
				}
			}
			else if (!stripped.startsWith("//")) {
				inHeader = false;
				body.add(line);
			}
		}
		if (parameters == null) {
			throw invalid(name,
					"its header has no \"// Parameters:\" line (write \"// Parameters: none\" if it takes none)");
		}
		if (returns == null) {
			throw invalid(name, "its header has no \"// Returns:\" line");
		}
		List<SavedQuery.Parameter> declared = parameters(name, parameters.toString().strip());
		Set<String> used = new LinkedHashSet<>();
		Matcher matcher = USED_PARAMETER.matcher(String.join("\n", body));
		while (matcher.find()) {
			used.add(matcher.group(1));
		}
		declared.forEach((p) -> used.remove(p.name()));
		if (!used.isEmpty()) {
			throw invalid(name, "its header does not declare the parameters it uses: $" + String.join(", $", used));
		}
		return new SavedQuery(name, String.join(" ", description), declared, columns(returns.toString().strip()));
	}

	private static List<SavedQuery.Parameter> parameters(String name, String text) {
		List<SavedQuery.Parameter> parameters = new ArrayList<>();
		if (text.isEmpty() || text.equalsIgnoreCase("none")) {
			return parameters;
		}
		for (String entry : splitTopLevel(text)) {
			Matcher matcher = PARAMETER.matcher(entry);
			if (!matcher.matches()) {
				throw invalid(name, "cannot read the parameter \"" + entry + "\": write it as $name (type)");
			}
			String type = (matcher.group(2) != null) ? matcher.group(2) : "any";
			int note = indexOfTopLevel(type, ':');
			if (note >= 0) {
				type = type.substring(0, note);
			}
			parameters.add(new SavedQuery.Parameter(matcher.group(1), type.strip().toLowerCase(Locale.ROOT)));
		}
		return parameters;
	}

	private static List<String> columns(String text) {
		List<String> columns = new ArrayList<>();
		if (text.isEmpty() || text.equalsIgnoreCase("nothing") || text.equalsIgnoreCase("none")) {
			return columns;
		}
		for (String entry : splitTopLevel(text)) {
			Matcher matcher = COLUMN.matcher(entry);
			if (matcher.matches()) {
				columns.add(matcher.group(1));
			}
		}
		return columns;
	}

	/** Splits at the commas outside brackets, trimmed. */
	static List<String> splitTopLevel(String text) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == ',' && depth == 0) {
				parts.add(text.substring(start, i).strip());
				start = i + 1;
			}
		}
		parts.add(text.substring(start).strip());
		return parts.stream().filter((p) -> !p.isEmpty()).toList();
	}

	private static int indexOfTopLevel(String text, char wanted) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
			else if (c == wanted && depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static IllegalStateException invalid(String name, String message) {
		return new IllegalStateException("cypher/queries/risk/" + name + ".cypher: " + message);
	}

}
