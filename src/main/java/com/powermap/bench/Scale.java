package com.powermap.bench;

/**
 * The sizes of the generated portfolio (issue 6): S one account of 50 people and 3
 * opportunities; M one enterprise of 10,000 people and 20 opportunities; L 5,000 accounts
 * of 10 to 1,000 people, 500,000 in all, with 2 opportunities each.
 *
 * @param accounts how many customer accounts
 * @param people how many people the accounts have in all
 * @param opportunitiesPerAccount opportunities of each account
 * @param sellers how many of our own people (SELF) engage the accounts
 */
public enum Scale {

	S(1, 50, 3, 3), M(1, 10_000, 20, 20), L(5_000, 500_000, 2, 200);

	private final int accounts;

	private final int people;

	private final int opportunitiesPerAccount;

	private final int sellers;

	Scale(int accounts, int people, int opportunitiesPerAccount, int sellers) {
		this.accounts = accounts;
		this.people = people;
		this.opportunitiesPerAccount = opportunitiesPerAccount;
		this.sellers = sellers;
	}

	public int accounts() {
		return this.accounts;
	}

	/** Whether a run of its first {@code imported} accounts covers only part of it. */
	boolean partOf(int imported) {
		return imported < this.accounts;
	}

	public int people() {
		return this.people;
	}

	public int opportunitiesPerAccount() {
		return this.opportunitiesPerAccount;
	}

	public int sellers() {
		return this.sellers;
	}

}
