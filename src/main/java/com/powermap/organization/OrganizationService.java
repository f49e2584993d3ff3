package com.powermap.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.base.CypherQueries;

/**
 * Reads organizations for the UI.
 */
@Service
public class OrganizationService {

	private final Neo4jClient client;

	private final String summaries;

	private final Clock clock = Clock.systemUTC();

	OrganizationService(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.summaries = queries.get("organization/organization-summaries");
	}

	/** Every organization, customers first, with its people and opportunity counts. */
	@Transactional(readOnly = true)
	public List<OrganizationSummary> summaries() {
		return List.copyOf(this.client.query(this.summaries)
			.bind(LocalDate.now(this.clock))
			.to("today")
			.fetchAs(OrganizationSummary.class)
			.mappedBy((types, record) -> new OrganizationSummary(record.get("id").asString(),
					record.get("name").asString(), OrganizationKind.valueOf(record.get("kind").asString()),
					record.get("people").asLong(), record.get("opportunities").asLong()))
			.all());
	}

}
