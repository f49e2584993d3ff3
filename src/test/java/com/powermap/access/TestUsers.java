package com.powermap.access;

import java.util.List;

/** Creates users for tests (the database is cleaned between tests, users and all). */
public final class TestUsers {

	public static final String PASSWORD = "test-password";

	private TestUsers() {
	}

	/** Stores a user with {@link #PASSWORD}. */
	public static void create(UserService users, String username, Role role, String... accounts) {
		AccountAccess.asSystem("test", () -> users.bootstrap(username, PASSWORD, role, List.of(accounts)));
	}

}
