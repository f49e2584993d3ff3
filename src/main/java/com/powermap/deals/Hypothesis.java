package com.powermap.deals;

/**
 * One hypothetical change to a deal, as a key-account manager asks it: "what if we win
 * over X", "what if X leaves", "what if one of us meets Y". {@link WhatIfService} turns
 * hypotheses into a {@code powermap/v1} fragment as of the analysis date and analyses the
 * deal before and after it, without saving anything.
 */
public sealed interface Hypothesis {

	/** The stakeholder this hypothesis is about. */
	String person();

	/**
	 * A stakeholder of the deal takes a new attitude toward us (e.g. CHAMPION or
	 * SUPPORTER) on the analysis date; their stage and participation stay as they are.
	 */
	record WinOver(String person, Attitude attitude) implements Hypothesis {
	}

	/** A stakeholder leaves the organization on the analysis date. */
	record Leaves(String person) implements Hypothesis {
	}

	/** One of our people meets a stakeholder on the analysis date (an ENGAGED). */
	record Meeting(String ourPerson, String person) implements Hypothesis {
	}

}
