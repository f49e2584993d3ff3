package com.powermap.deals;

/**
 * An analysis asked for an opportunity that does not exist.
 */
public class UnknownOpportunityException extends RuntimeException {

	public UnknownOpportunityException(String opportunity) {
		super("unknown opportunity \"" + opportunity + "\"");
	}

}
