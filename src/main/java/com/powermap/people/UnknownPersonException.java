package com.powermap.people;

/**
 * An edit named a person that does not exist.
 */
public class UnknownPersonException extends RuntimeException {

	public UnknownPersonException(String person) {
		super("unknown person \"" + person + "\"");
	}

}
