package com.powermap.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.access.AccountAccess;
import com.powermap.access.AccountScope;
import com.powermap.base.CypherQueries;

/**
 * Reads organizations for the UI.
 */
@Service
public class OrganizationService {

	private final Neo4jClient client;

	private final String summaries;

	private final Clock clock = Clock.systemUTC();

	private final AccountAccess access;

	OrganizationService(Neo4jClient client, CypherQueries queries, AccountAccess access) {
		this.client = client;
		this.access = access;
		this.summaries = queries.get("organization/organization-summaries");
	}

	/**
	 * Every organization the caller may see (every competitor, partner and our own, and
	 * the accounts of the caller), customers first, with its people and opportunity
	 * counts.
	 */
	@Transactional(readOnly = true)
	public List<OrganizationSummary> summaries() {
		AccountScope scope = this.access.scope();
		return this.client.query(this.summaries)
			.bind(LocalDate.now(this.clock))
			.to("today")
			.fetchAs(OrganizationSummary.class)
			.mappedBy((types, record) -> new OrganizationSummary(record.get("id").asString(),
					record.get("name").asString(), OrganizationKind.valueOf(record.get("kind").asString()),
					record.get("people").asLong(), record.get("opportunities").asLong()))
			.all()
			.stream()
			.filter((o) -> o.kind() != OrganizationKind.CUSTOMER || scope.permits(o.id()))
			.toList();
	}

}
