package com.powermap.bench;

/**
 * The graph payload operation of the benchmark: loads what the UI draws for one account
 * and says how big it was, so that a run can be checked against the floor. The product's
 * graph view plugs its own function in here once it exists; until then
 * {@link CypherGraphPayload} reads the account with
 * {@code cypher/queries/bench/account-graph.cypher}.
 */
@FunctionalInterface
public interface GraphPayload {

	Size load(String account);

	/**
	 * @param people the people of the account
	 * @param relationships the relationships in the payload: those the account's people
	 * start, and the KNOWS and ENGAGED that reach them from other people
	 */
	record Size(int people, int relationships) {
	}

}
