package com.powermap.access;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The accounts a caller may see: all of them, or a given set.
 *
 * @param all whether every account is visible
 * @param accounts the visible accounts when not all
 */
public record AccountScope(boolean all, Set<String> accounts) {

	/** Every account. */
	public static final AccountScope ALL = new AccountScope(true, Set.of());

	public AccountScope {
		accounts = Set.copyOf(accounts);
	}

	/** Only the given accounts. */
	public static AccountScope only(Set<String> accounts) {
		return new AccountScope(false, accounts);
	}

	/** Whether the account is visible. */
	public boolean permits(String account) {
		return this.all || this.accounts.contains(account);
	}

	/**
	 * The value of the {@code $allowedAccountIds} query parameter: null for every
	 * account, else the list of visible accounts.
	 */
	public @Nullable List<String> parameter() {
		return this.all ? null : this.accounts.stream().sorted().toList();
	}

}
