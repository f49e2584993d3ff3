package com.powermap.bench;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.powermap.base.CypherQueries;

/**
 * The stand-in graph payload: one account's people and relationships read with
 * {@code bench/account-graph} in a read-only transaction, fully fetched.
 */
final class CypherGraphPayload implements GraphPayload {

	private final Neo4jClient client;

	private final String query;

	private final TransactionTemplate readOnly;

	CypherGraphPayload(Neo4jClient client, CypherQueries queries, PlatformTransactionManager transactions) {
		this.client = client;
		this.query = queries.get("bench/account-graph");
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public Size load(String account) {
		return this.readOnly.execute((status) -> {
			int people = 0;
			int relationships = 0;
			for (Map<String, Object> row : this.client.query(this.query).bind(account).to("account").fetch().all()) {
				people++;
				relationships += ((List<?>) row.get("outgoing")).size() + ((List<?>) row.get("incoming")).size();
			}
			return new Size(people, relationships);
		});
	}

}
