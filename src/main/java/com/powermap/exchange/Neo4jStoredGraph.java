package com.powermap.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.base.CypherQueries;
import com.powermap.organization.OrganizationKind;

/**
 * The stored graph as seen from inside the import's transaction.
 */
final class Neo4jStoredGraph implements StoredGraph {

	private final Neo4jClient client;

	private final CypherQueries queries;

	Neo4jStoredGraph(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	@Override
	public Map<String, OrganizationKind> organizations(Collection<String> ids) {
		Map<String, OrganizationKind> kinds = new HashMap<>();
		this.client.query(this.queries.get("exchange/lookup-organizations"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> kinds.put((String) row.get("id"), OrganizationKind.valueOf((String) row.get("kind"))));
		return kinds;
	}

	@Override
	public Map<String, StoredPerson> people(Collection<String> ids) {
		Map<String, StoredPerson> people = new HashMap<>();
		this.client.query(this.queries.get("exchange/lookup-people"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> {
				String id = (String) row.get("id");
				people.put(id, new StoredPerson(id, (String) row.get("org"),
						OrganizationKind.valueOf((String) row.get("orgKind"))));
			});
		return people;
	}

	@Override
	public Map<String, String> opportunities(Collection<String> ids) {
		Map<String, String> accounts = new HashMap<>();
		this.client.query(this.queries.get("exchange/lookup-opportunities"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> accounts.put((String) row.get("id"), (String) row.get("account")));
		return accounts;
	}

	@Override
	public List<StoredReportsTo> reportsTo(Collection<String> organizationIds) {
		return this.client.query(this.queries.get("exchange/reports-to-in-organizations"))
			.bind(List.copyOf(organizationIds))
			.to("orgs")
			.fetch()
			.all()
			.stream()
			.map((row) -> new StoredReportsTo((String) row.get("from"), (String) row.get("to"),
					(LocalDate) row.get("since"), (LocalDate) row.get("until")))
			.toList();
	}

	@Override
	public Map<String, String> peopleTiedToOrganization(Collection<String> ids) {
		Map<String, String> tied = new HashMap<>();
		this.client.query(this.queries.get("exchange/people-with-organization-ties"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> tied.put((String) row.get("id"), (String) row.get("org")));
		return tied;
	}

}
