package com.powermap.graphview;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the influence graph of a deal shows, on the Huaxin fixture and on a generated
 * account larger than the cap.
 */
@PowermapTest
class GraphPayloadServiceTests {

	static final LocalDate MARCH_13 = LocalDate.of(2016, 3, 13);

	@Autowired
	ExchangeService exchange;

	@Autowired
	AnalysisService analysis;

	@Autowired
	GraphPayloadService graphs;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void clean() {
		TestGraph.clean(this.client);
	}

	@Test
	void the_huaxin_graph_shows_the_account_our_people_and_the_competitor_each_in_their_organization() {
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		DealAnalysis deal = this.analysis.analyze("mes", MARCH_13, Language.EN);

		GraphPayload graph = this.graphs.forDeal(deal, GraphFilter.NONE);

		// The seven people of Huaxin, our two (who engaged them) and the rival Zhang Wei
		// has known since 2016-03-05; the customer first, then the others by
		// organization.
		assertThat(graph.organizations()).extracting(GraphPayload.Organization::id, GraphPayload.Organization::kind)
			.containsExactly(tuple("huaxin", "CUSTOMER"), tuple("autoctrl", "COMPETITOR"), tuple("us", "SELF"));
		assertThat(graph.people()).extracting(GraphPayload.Person::id, GraphPayload.Person::organization)
			.containsExactlyInAnyOrder(tuple("gm", "huaxin"), tuple("vp", "huaxin"), tuple("fin", "huaxin"),
					tuple("prod", "huaxin"), tuple("it", "huaxin"), tuple("ctl", "huaxin"), tuple("buyer", "huaxin"),
					tuple("rival", "autoctrl"), tuple("me", "us"), tuple("cons", "us"));
		assertThat(graph.accountPeople()).isEqualTo(7);
		assertThat(graph.truncated()).isFalse();

		// Attitude, role and stage from the analysis, for the involved people only.
		GraphPayload.Person gm = person(graph, "gm");
		assertThat(gm.attitude()).isEqualTo("NEUTRAL");
		assertThat(gm.role()).isEqualTo("DECISION_MAKER");
		assertThat(gm.stage()).isEqualTo("SOLUTION");
		assertThat(person(graph, "vp").attitude()).isEqualTo("CHAMPION");
		assertThat(person(graph, "ctl").attitude()).isEqualTo("SKEPTIC");
		assertThat(person(graph, "buyer").role()).isNull();
		// Influence is the analysis's: Zhang Wei is the most influential, and the people
		// of
		// the account share all of it; outside people have none.
		Map<String, Double> influence = deal.influence()
			.stream()
			.collect(Collectors.toMap(DealAnalysis.PersonInfluence::person, DealAnalysis.PersonInfluence::influence));
		assertThat(gm.influence()).isEqualTo(influence.get("gm"));
		assertThat(graph.people().stream().filter((p) -> p.organization().equals("huaxin")))
			.allSatisfy((p) -> assertThat(p.influence()).isLessThanOrEqualTo(gm.influence()));
		assertThat(graph.people().stream().mapToDouble(GraphPayload.Person::influence).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(person(graph, "rival").influence()).isZero();

		// Six formal lines, the GM's delegation for this deal, two influences, the KNOWS
		// and
		// six pairs of engagements (the KAM met the VP three times, the last on
		// 2016-03-11).
		assertThat(
				graph.edges().stream().collect(Collectors.groupingBy(GraphPayload.Edge::type, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("REPORTS_TO", 6L, "DELEGATES", 1L, "INFLUENCES", 2L, "KNOWS", 1L, "ENGAGED", 6L));
		assertThat(graph.edges()).filteredOn((e) -> e.type().equals("INFLUENCES"))
			.extracting(GraphPayload.Edge::from, GraphPayload.Edge::to, GraphPayload.Edge::strength)
			.containsExactlyInAnyOrder(tuple("ctl", "gm", 0.4), tuple("fin", "gm", 0.6));
		assertThat(graph.edges()).filteredOn((e) -> e.type().equals("ENGAGED") && e.to().equals("vp"))
			.extracting(GraphPayload.Edge::from, GraphPayload.Edge::count, GraphPayload.Edge::lastAt)
			.containsExactlyInAnyOrder(tuple("me", 3, "2016-03-11"), tuple("cons", 1, "2016-02-10"));
		assertThat(graph.departments()).containsExactly("Finance", "IT", "Management", "Production", "Purchasing");
	}

	@Test
	void relationships_and_ties_after_the_date_are_not_shown() {
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		DealAnalysis deal = this.analysis.analyze("mes", LocalDate.of(2016, 3, 1), Language.EN);

		GraphPayload graph = this.graphs.forDeal(deal, GraphFilter.NONE);

		// The KNOWS starts on 2016-03-05: no rival and no competitor box yet; the KAM had
		// met the VP twice by then.
		assertThat(graph.personIds()).doesNotContain("rival").contains("gm", "me", "cons");
		assertThat(graph.organizations()).extracting(GraphPayload.Organization::id).containsExactly("huaxin", "us");
		assertThat(graph.edges()).noneMatch((e) -> e.type().equals("KNOWS"));
		assertThat(graph.edges())
			.filteredOn((e) -> e.type().equals("ENGAGED") && e.from().equals("me") && e.to().equals("vp"))
			.extracting(GraphPayload.Edge::count, GraphPayload.Edge::lastAt)
			.containsExactly(tuple(2, "2016-02-25"));
	}

	@Test
	void an_account_above_the_cap_shows_its_most_influential_people_and_can_be_filtered() {
		int size = GraphPayloadService.MAX_PEOPLE + 150;
		this.exchange.importJson(LargeAccount.json(size, 0, 0));
		DealAnalysis deal = this.analysis.analyze("big-deal", MARCH_13, Language.EN);

		GraphPayload all = this.graphs.forDeal(deal, GraphFilter.NONE);

		assertThat(all.accountPeople()).isEqualTo(size);
		assertThat(all.truncated()).isTrue();
		assertThat(all.people()).hasSizeLessThanOrEqualTo(GraphPayloadService.MAX_PEOPLE);
		// Our KAM, who met the top of the tree, is shown besides the account's people.
		assertThat(all.personIds()).contains("b0", "kam");
		// The people left out are no more influential than anyone shown.
		Set<String> shown = all.personIds();
		double leastShown = deal.influence()
			.stream()
			.filter((p) -> shown.contains(p.person()))
			.mapToDouble(DealAnalysis.PersonInfluence::influence)
			.min()
			.orElseThrow();
		assertThat(deal.influence()).filteredOn((p) -> !shown.contains(p.person()))
			.isNotEmpty()
			.allSatisfy((p) -> assertThat(p.influence()).isLessThanOrEqualTo(leastShown));
		assertThat(all.edges()).allSatisfy((e) -> assertThat(shown).contains(e.from(), e.to()));

		// One department of the five: 430 people, all shown.
		GraphPayload finance = this.graphs.forDeal(deal, new GraphFilter("D1", null, 2));
		assertThat(finance.truncated()).isFalse();
		assertThat(finance.people()).filteredOn((p) -> p.organization().equals("big"))
			.hasSize(size / 5)
			.allSatisfy((p) -> assertThat(p.department()).isEqualTo("D1"));

		// Around b5 at one relationship: its manager b0 ((5 - 1) / 5) and its five
		// reports
		// b26..b30 (5 * 5 + 1 ...).
		GraphPayload around = this.graphs.forDeal(deal, new GraphFilter(null, "b5", 1));
		assertThat(around.people()).extracting(GraphPayload.Person::id)
			.containsExactlyInAnyOrder("b5", "b0", "b26", "b27", "b28", "b29", "b30", "kam");
		assertThat(around.truncated()).isFalse();
	}

	@Test
	void a_filter_naming_what_the_account_does_not_have_is_refused_with_what_is_wrong() {
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		DealAnalysis deal = this.analysis.analyze("mes", MARCH_13, Language.EN);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.graphs.forDeal(deal, new GraphFilter("Legal", null, 2)))
			.withMessageContaining("no department \"Legal\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.graphs.forDeal(deal, new GraphFilter(null, "rival", 2)))
			.withMessageContaining("no person with the id \"rival\"");
		assertThatIllegalArgumentException().isThrownBy(() -> new GraphFilter(null, "gm", 0))
			.withMessageContaining("between 1 and 6");
	}

	private static GraphPayload.Person person(GraphPayload graph, String id) {
		return graph.people().stream().filter((p) -> p.id().equals(id)).findFirst().orElseThrow();
	}

}
