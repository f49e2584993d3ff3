package com.powermap.console;

/**
 * Why a console query was refused or stopped.
 *
 * @param path what it is about: {@code query}, or {@code parameters.NAME}
 * @param message what is wrong, in words
 */
public record ConsoleProblem(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
