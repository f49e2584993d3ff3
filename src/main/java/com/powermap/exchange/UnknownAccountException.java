package com.powermap.exchange;

/**
 * An export asked for an account that does not exist.
 */
public class UnknownAccountException extends RuntimeException {

	public UnknownAccountException(String account) {
		super("unknown account \"" + account + "\"");
	}

}
