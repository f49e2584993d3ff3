package com.powermap.console;

/**
 * Who runs a console query: named in the audit and holding the one running query they may
 * have. Until login exists every caller is {@link #anonymous()}, so all of them share one
 * slot.
 *
 * @param name the user's name
 * @param role the user's role, as the audit records it
 */
public record ConsoleCaller(String name, String role) {

	public ConsoleCaller {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a console caller needs a name");
		}
	}

	/** The caller of today's UI and API, before users and login exist. */
	public static ConsoleCaller anonymous() {
		return new ConsoleCaller("anonymous", "NONE");
	}

}
