package com.powermap.access;

/**
 * The roles of Powermap. ADMIN manages users and sees and changes every account; ANALYST
 * reads every account and may use the Cypher console; KAM reads and changes only the
 * accounts assigned to them.
 */
public enum Role {

	ADMIN, ANALYST, KAM;

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
