package com.powermap.deals;

/**
 * How actively a stakeholder takes part in a deal; shown, not scored.
 */
public enum Participation {

	ACTIVE, PASSIVE, ABSENT

}
