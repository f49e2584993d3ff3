package com.powermap.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;

/**
 * Edits are written as small {@code powermap/v1} documents, so that every check of an
 * import applies to them. This turns the document's paths of a refused edit back into the
 * fields of the edit: {@code $.relationships[0].strength} into {@code $.strength}.
 */
public final class EditErrors {

	private EditErrors() {
	}

	/**
	 * The same refusal with its paths moved: each key of {@code prefixes} (a document
	 * path; the longest that fits wins) is replaced by its value, a path of the edit.
	 */
	public static InvalidDocumentException relocated(InvalidDocumentException refused, Map<String, String> prefixes) {
		List<ImportError> errors = new ArrayList<>();
		for (ImportError error : refused.errors()) {
			errors.add(new ImportError(relocated(error.path(), prefixes), error.message()));
		}
		return new InvalidDocumentException(errors);
	}

	static String relocated(String path, Map<String, String> prefixes) {
		List<Map.Entry<String, String>> longestFirst = new ArrayList<>(prefixes.entrySet());
		longestFirst.sort((a, b) -> b.getKey().length() - a.getKey().length());
		for (Map.Entry<String, String> prefix : longestFirst) {
			String from = prefix.getKey();
			if (path.equals(from)) {
				return prefix.getValue();
			}
			if (path.startsWith(from + ".")) {
				String to = prefix.getValue();
				return to + path.substring(from.length());
			}
		}
		return path;
	}

	/** A refusal of one field of an edit. */
	public static InvalidDocumentException of(String path, String message) {
		return new InvalidDocumentException(List.of(new ImportError(path, message)));
	}

}
