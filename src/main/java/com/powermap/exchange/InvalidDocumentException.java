package com.powermap.exchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document was refused: nothing of it was written. Carries every error found.
 */
public class InvalidDocumentException extends RuntimeException {

	private final List<ImportError> errors;

	public InvalidDocumentException(List<ImportError> errors) {
		super(errors.stream().map(ImportError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
