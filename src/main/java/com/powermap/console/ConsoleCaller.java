package com.powermap.console;

import com.powermap.access.AccountAccess;
import com.powermap.access.NoAccessException;
import com.powermap.access.Role;

/**
 * Who runs a console query: named in the audit and holding the one running query they may
 * have.
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

	/** A caller without a user, for tests. */
	public static ConsoleCaller anonymous() {
		return new ConsoleCaller("anonymous", "NONE");
	}

	/**
	 * The signed-in user, who must be an administrator or an analyst.
	 * @throws NoAccessException for any other role
	 */
	public static ConsoleCaller signedIn(AccountAccess access) {
		for (Role role : new Role[] { Role.ADMIN, Role.ANALYST }) {
			if (access.has(role)) {
				return new ConsoleCaller(access.callerName(), role.name());
			}
		}
		throw new NoAccessException("the Cypher console is for analysts and administrators");
	}

}
