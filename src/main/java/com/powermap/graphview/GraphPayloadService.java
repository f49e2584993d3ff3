package com.powermap.graphview;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.access.AccountAccess;
import com.powermap.base.CypherQueries;
import com.powermap.deals.DealAnalysis;

/**
 * Builds what the influence graph of a deal shows: the people of the deal's account as of
 * the analysis date, the people of other organizations tied to them (ours who engaged
 * them, competitors' and partners' people they know), the relationships between all of
 * them existing on that date, and influence and attitude from the deal's analysis. At
 * most {@link #MAX_PEOPLE} people are shown; a filter narrows a large account to a
 * department or to the neighbourhood of one person.
 */
@Service
public class GraphPayloadService {

	/** The most people one graph shows. */
	public static final int MAX_PEOPLE = 2000;

	/** Of those, the most that may come from other organizations. */
	static final int MAX_OUTSIDE = MAX_PEOPLE / 10;

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final AccountAccess access;

	GraphPayloadService(Neo4jClient client, CypherQueries queries, AccountAccess access) {
		this.client = client;
		this.queries = queries;
		this.access = access;
	}

	/**
	 * The graph of an analysed deal, as of the analysis date.
	 * @throws IllegalArgumentException when the filter names a department or a person the
	 * account does not have
	 * @throws com.powermap.access.NoAccessException when the caller may not see the
	 * account
	 */
	@Transactional(readOnly = true)
	public GraphPayload forDeal(DealAnalysis deal, GraphFilter filter) {
		this.access.checkAccount(deal.account());
		LocalDate asOf = deal.asOf();
		List<Row> account = people("graph/account-people", Map.of("account", deal.account(), "asOf", asOf));
		Map<String, Row> accountById = new LinkedHashMap<>();
		account.forEach((row) -> accountById.put(row.id(), row));
		TreeSet<String> departments = new TreeSet<>();
		account.forEach((row) -> {
			if (row.department() != null) {
				departments.add(row.department());
			}
		});
		if (filter.department() != null && !departments.contains(filter.department())) {
			throw new IllegalArgumentException("The account " + deal.account() + " has no department \""
					+ filter.department() + "\" as of " + asOf);
		}
		if (filter.around() != null && !accountById.containsKey(filter.around())) {
			throw new IllegalArgumentException("The account " + deal.account() + " has no person with the id \""
					+ filter.around() + "\" as of " + asOf);
		}

		List<Row> outside = account.isEmpty() ? List.of() : people("graph/outside-people",
				Map.of("people", List.copyOf(accountById.keySet()), "account", deal.account(), "asOf", asOf));
		Map<String, Row> outsideById = new LinkedHashMap<>();
		outside.forEach((row) -> outsideById.put(row.id(), row));
		Set<String> everyone = new LinkedHashSet<>(accountById.keySet());
		everyone.addAll(outsideById.keySet());
		List<GraphPayload.Edge> edges = everyone.isEmpty() ? List.of() : edges(everyone, deal.opportunity(), asOf);

		Map<String, Double> influence = new HashMap<>();
		deal.influence().forEach((p) -> influence.put(p.person(), p.influence()));

		// The people of the account the filter lets through, most influential first.
		Set<String> candidates = new LinkedHashSet<>(accountById.keySet());
		if (filter.department() != null) {
			candidates.removeIf((id) -> !filter.department().equals(accountById.get(id).department()));
		}
		if (filter.around() != null) {
			candidates.retainAll(neighbourhood(filter.around(), filter.depth(), edges));
		}
		List<String> ranked = new ArrayList<>(candidates);
		ranked.sort(Comparator.comparing((String id) -> influence.getOrDefault(id, 0.0))
			.reversed()
			.thenComparing(Comparator.naturalOrder()));
		if (filter.around() != null) {
			// The person the filter is about always stays, whatever their influence.
			ranked.remove(filter.around());
			ranked.addFirst(filter.around());
		}

		List<String> outsideShown = tiedOutside(firstOf(ranked, MAX_PEOPLE), outsideById.keySet(), edges);
		List<String> accountShown = firstOf(ranked, MAX_PEOPLE - outsideShown.size());
		outsideShown = tiedOutside(accountShown, outsideShown, edges);
		boolean truncated = accountShown.size() < ranked.size();

		Set<String> shown = new HashSet<>(accountShown);
		shown.addAll(outsideShown);
		Map<String, DealAnalysis.Stakeholder> stakeholders = new HashMap<>();
		deal.stakeholders().forEach((s) -> stakeholders.put(s.person(), s));

		List<GraphPayload.Person> people = new ArrayList<>();
		Map<String, GraphPayload.Organization> organizations = new LinkedHashMap<>();
		for (String id : accountShown) {
			people.add(person(accountById.get(id), influence.getOrDefault(id, 0.0), stakeholders.get(id)));
			organization(organizations, accountById.get(id));
		}
		outsideShown.stream().map(outsideById::get).sorted(Comparator.comparing(Row::organization)).forEach((row) -> {
			people.add(person(row, 0.0, null));
			organization(organizations, row);
		});
		List<GraphPayload.Edge> shownEdges = edges.stream()
			.filter((e) -> shown.contains(e.from()) && shown.contains(e.to()))
			.toList();
		List<GraphPayload.Choice> choices = account.stream()
			.map((row) -> new GraphPayload.Choice(row.id(), row.name()))
			.sorted(Comparator.comparing(GraphPayload.Choice::name).thenComparing(GraphPayload.Choice::id))
			.toList();
		return new GraphPayload(deal.opportunity(), deal.account(), asOf, List.copyOf(organizations.values()),
				List.copyOf(people), shownEdges, account.size(), truncated, filter, List.copyOf(departments), choices);
	}

	/** The people within {@code depth} relationships of one, in either direction. */
	static Set<String> neighbourhood(String start, int depth, List<GraphPayload.Edge> edges) {
		Map<String, List<String>> next = new HashMap<>();
		for (GraphPayload.Edge e : edges) {
			next.computeIfAbsent(e.from(), (k) -> new ArrayList<>()).add(e.to());
			next.computeIfAbsent(e.to(), (k) -> new ArrayList<>()).add(e.from());
		}
		Map<String, Integer> distance = new HashMap<>();
		distance.put(start, 0);
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String here = queue.removeFirst();
			int d = distance.get(here);
			if (d == depth) {
				continue;
			}
			for (String there : next.getOrDefault(here, List.of())) {
				if (distance.putIfAbsent(there, d + 1) == null) {
					queue.addLast(there);
				}
			}
		}
		return distance.keySet();
	}

	/**
	 * The outside people with a relationship to one of the account people shown, by id,
	 * at most {@link #MAX_OUTSIDE}.
	 */
	private static List<String> tiedOutside(Collection<String> accountShown, Collection<String> outside,
			List<GraphPayload.Edge> edges) {
		Set<String> shown = new HashSet<>(accountShown);
		Set<String> candidates = new HashSet<>(outside);
		TreeSet<String> tied = new TreeSet<>();
		for (GraphPayload.Edge e : edges) {
			if (shown.contains(e.from()) && candidates.contains(e.to())) {
				tied.add(e.to());
			}
			if (shown.contains(e.to()) && candidates.contains(e.from())) {
				tied.add(e.from());
			}
		}
		return firstOf(new ArrayList<>(tied), MAX_OUTSIDE);
	}

	private static List<String> firstOf(List<String> list, int n) {
		return List.copyOf(list.subList(0, Math.min(n, list.size())));
	}

	private static GraphPayload.Person person(Row row, double influence,
			DealAnalysis.@Nullable Stakeholder stakeholder) {
		return new GraphPayload.Person(row.id(), row.name(), row.title(), row.department(), row.organization(),
				row.organizationKind(), influence, (stakeholder != null) ? stakeholder.role().name() : null,
				(stakeholder != null && stakeholder.attitude() != null) ? stakeholder.attitude().name() : null,
				(stakeholder != null && stakeholder.stage() != null) ? stakeholder.stage().name() : null);
	}

	private static void organization(Map<String, GraphPayload.Organization> organizations, Row row) {
		organizations.computeIfAbsent(row.organization(),
				(id) -> new GraphPayload.Organization(id, row.organizationName(), row.organizationKind()));
	}

	private List<Row> people(String query, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(this.queries.get(query))
			.bindAll(parameters)
			.fetchAs(Row.class)
			.mappedBy((types, record) -> new Row(record.get("id").asString(), record.get("name").asString(),
					nullableString(record.get("title")), nullableString(record.get("department")),
					record.get("organization").asString(), record.get("organizationName").asString(),
					record.get("organizationKind").asString()))
			.all());
	}

	private List<GraphPayload.Edge> edges(Collection<String> people, String opportunity, LocalDate asOf) {
		return List.copyOf(this.client.query(this.queries.get("graph/relationships"))
			.bindAll(Map.of("people", List.copyOf(people), "opportunity", opportunity, "asOf", asOf))
			.fetchAs(GraphPayload.Edge.class)
			.mappedBy((types, record) -> new GraphPayload.Edge(record.get("type").asString(),
					record.get("from").asString(), record.get("to").asString(),
					record.get("strength").isNull() ? null : record.get("strength").asDouble(),
					nullableString(record.get("note")),
					record.get("lastAt").isNull() ? null : record.get("lastAt").asLocalDate().toString(),
					record.get("count").asInt()))
			.all());
	}

	private static @Nullable String nullableString(org.neo4j.driver.Value value) {
		return value.isNull() ? null : value.asString();
	}

	/** A person as the queries return them. */
	record Row(String id, String name, @Nullable String title, @Nullable String department, String organization,
			String organizationName, String organizationKind) {
	}

}
