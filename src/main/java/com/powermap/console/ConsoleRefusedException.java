package com.powermap.console;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A console query was not run, or was stopped: the problems say why.
 */
public class ConsoleRefusedException extends RuntimeException {

	private final List<ConsoleProblem> problems;

	private final Outcome outcome;

	/** How a refused query ends up in the audit. */
	enum Outcome {

		/** The guard refused it before it ran. */
		REFUSED,
		/** The database stopped it at the timeout. */
		TIMED_OUT,
		/** The database stopped it at the memory a transaction may use. */
		MEMORY_LIMIT,
		/** The caller already had a query running. */
		BUSY,
		/** The database could not run it. */
		FAILED,
		/** The database could not be reached. */
		UNAVAILABLE

	}

	ConsoleRefusedException(Outcome outcome, List<ConsoleProblem> problems) {
		super(problems.stream().map(ConsoleProblem::toString).collect(Collectors.joining("; ")));
		this.outcome = outcome;
		this.problems = List.copyOf(problems);
	}

	ConsoleRefusedException(Outcome outcome, String message) {
		this(outcome, List.of(new ConsoleProblem("query", message)));
	}

	public List<ConsoleProblem> problems() {
		return this.problems;
	}

	/** The problems as one text, for a user to read. */
	public String reason() {
		return getMessage();
	}

	Outcome outcome() {
		return this.outcome;
	}

}
