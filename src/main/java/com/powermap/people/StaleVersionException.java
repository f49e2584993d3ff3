package com.powermap.people;

/**
 * A save named a version that is no longer the stored one: someone else saved in between.
 * Nothing of the save was written.
 */
public class StaleVersionException extends RuntimeException {

	private final long current;

	public StaleVersionException(String what, long expected, long current) {
		super(what + " was changed by someone else: you read version " + expected + ", it is now at version " + current
				+ "; reload it, or save again with version " + current + " to overwrite");
		this.current = current;
	}

	/** The version stored now, to reload or to overwrite with. */
	public long current() {
		return this.current;
	}

}
