package com.powermap.exchange;

/**
 * One thing wrong with an imported document.
 *
 * @param path where it is: a JSON path ({@code $.relationships[3].to}) or a CSV line
 * @param message what is wrong, in words
 */
public record ImportError(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
