package com.powermap.deals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.CypherQueries;
import com.powermap.bench.PortfolioGenerator;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis reads competitor ties and the managers above each involved person inside
 * {@code deals/deals}; the saved queries {@code risk/competitor-ties} and
 * {@code risk/managers-above} let analysts ask the same on their own. Both must answer
 * alike, for every deal, every involved person and several dates: on the accounts of the
 * L benchmark's generator with fewer than 200 people among its first ten, and on a small
 * account whose departures and dated ties change the answers from date to date.
 */
@PowermapTest
class SavedRiskQueriesTests {

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@Autowired
	CypherQueries queries;

	@BeforeEach
	void emptyDatabase() {
		TestGraph.clean(this.client);
	}

	@Test
	void they_agree_on_the_generated_accounts() {
		TestGraph.importSmallGeneratedAccounts(this.exchange);
		int[] found = compare(List.of(PortfolioGenerator.AS_OF, PortfolioGenerator.AS_OF.minusDays(100),
				PortfolioGenerator.AS_OF.minusDays(400)));
		// Enough of both for the comparison to mean something.
		assertThat(found[0]).isGreaterThanOrEqualTo(3);
		assertThat(found[1]).isGreaterThanOrEqualTo(10);
	}

	@Test
	void they_agree_across_departures_and_dated_ties() {
		// low reports to mid (since 2025-06-01), mid to top; mid leaves on 2026-03-01.
		// low knows k1 from 2026-02-15 and k2, who leaves on 2026-02-01; top knew k1
		// until 2026-01-15. On each date below the answers differ.
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "organizations": [{"id": "c", "name": "C", "kind": "CUSTOMER"},
				                   {"id": "comp", "name": "Comp", "kind": "COMPETITOR"},
				                   {"id": "us", "name": "Us", "kind": "SELF"}],
				 "people": [{"id": "top", "name": "Top", "org": "c"},
				            {"id": "mid", "name": "Mid", "org": "c", "leftAt": "2026-03-01"},
				            {"id": "low", "name": "Low", "org": "c"},
				            {"id": "k1", "name": "K1", "org": "comp"},
				            {"id": "k2", "name": "K2", "org": "comp", "leftAt": "2026-02-01"}],
				 "relationships": [
				   {"type": "REPORTS_TO", "from": "low", "to": "mid", "since": "2025-06-01"},
				   {"type": "REPORTS_TO", "from": "mid", "to": "top"},
				   {"type": "KNOWS", "from": "low", "to": "k1", "since": "2026-02-15"},
				   {"type": "KNOWS", "from": "k2", "to": "low"},
				   {"type": "KNOWS", "from": "top", "to": "k1", "until": "2026-01-15"}],
				 "opportunities": [{"id": "d", "name": "D", "account": "c", "claimedStage": "INTENT",
				   "involvements": [{"person": "low", "role": "USER", "assessments": []},
				                    {"person": "top", "role": "DECISION_MAKER", "assessments": []}]}]}
				""");

		int[] found = compare(List.of(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-02-20"),
				LocalDate.parse("2026-01-10"), LocalDate.parse("2025-05-01")));
		assertThat(found[0]).isEqualTo(6); // low on every date, top on the two earliest
		assertThat(found[1]).isEqualTo(2); // low on 02-20 and 01-10
	}

	/**
	 * Compares, for every deal and each date, the competitors and the managers above each
	 * involved person as {@code deals/deals} reads them with the saved queries' answers;
	 * gives how many (person, date) had competitors and how many had someone above.
	 */
	private int[] compare(List<LocalDate> dates) {
		List<String> deals = List.copyOf(
				this.client.query("MATCH (o:Opportunity) RETURN o.id AS id ORDER BY id").fetchAs(String.class).all());
		assertThat(deals).isNotEmpty();
		int withCompetitors = 0;
		int withAbove = 0;
		for (LocalDate asOf : dates) {
			for (Map<String, Object> deal : this.client.query(this.queries.get("deals/deals"))
				.bindAll(Map.of("opportunities", deals, "asOf", asOf))
				.fetch()
				.all()) {
				String account = (String) deal.get("account");
				Map<String, Set<Object>> competitors = new HashMap<>();
				Map<String, Set<Object>> above = new HashMap<>();
				for (Object o : (List<?>) deal.get("involvements")) {
					Map<?, ?> involvement = (Map<?, ?>) o;
					String person = (String) involvement.get("person");
					competitors.put(person, new HashSet<>((List<?>) involvement.get("competitors")));
					above.put(person, new HashSet<>((List<?>) involvement.get("above")));
				}
				List<String> people = List.copyOf(competitors.keySet());
				String where = deal.get("id") + " as of " + asOf;

				Map<String, Set<Object>> savedCompetitors = new HashMap<>();
				people.forEach((p) -> savedCompetitors.put(p, new HashSet<>()));
				this.client.query(this.queries.get("risk/competitor-ties"))
					.bindAll(Map.of("people", people, "asOf", asOf))
					.fetch()
					.all()
					.forEach((row) -> savedCompetitors.get((String) row.get("person"))
						.addAll((List<?>) row.get("competitors")));
				Map<String, Set<Object>> savedAbove = new HashMap<>();
				people.forEach((p) -> savedAbove.put(p, new HashSet<>()));
				this.client.query(this.queries.get("risk/managers-above"))
					.bindAll(Map.of("people", people, "account", account, "asOf", asOf))
					.fetch()
					.all()
					.forEach((row) -> savedAbove.get((String) row.get("person")).add(row.get("above")));

				assertThat(competitors).as(where).isEqualTo(savedCompetitors);
				assertThat(above).as(where).isEqualTo(savedAbove);
				withCompetitors += (int) competitors.values().stream().filter((c) -> !c.isEmpty()).count();
				withAbove += (int) above.values().stream().filter((a) -> !a.isEmpty()).count();
			}
		}
		return new int[] { withCompetitors, withAbove };
	}

}
