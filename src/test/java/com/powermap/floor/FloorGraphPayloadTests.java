package com.powermap.floor;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.bench.AnswerCheck;
import com.powermap.bench.PortfolioGenerator;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.PowermapDocument;
import com.powermap.graphview.GraphFilter;
import com.powermap.graphview.GraphPayload;
import com.powermap.graphview.GraphPayloadService;
import com.powermap.graphview.LargeAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The floor draws the deal page's graph as the product does: on the Huaxin deal, on every
 * deal of generated small portfolios, and on an account above the cap with more outside
 * ties than the graph shows.
 */
@PowermapTest
class FloorGraphPayloadTests {

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
	void the_floor_draws_the_huaxin_graph_the_deal_page_draws() {
		PowermapDocument document = this.exchange.check(TestGraph.resource("fixtures/huaxin-mes.json"));
		this.exchange.importDocument(document);
		FloorGraphPayload floor = load(document);
		for (LocalDate asOf : List.of(LocalDate.of(2016, 3, 13), LocalDate.of(2016, 3, 1))) {
			DealAnalysis deal = this.analysis.analyze("mes", asOf, Language.EN);
			GraphPayload graph = floor.forDeal(deal);

			assertThat(AnswerCheck.graphDifferences(this.graphs.forDeal(deal, GraphFilter.NONE), graph)).as("%s", asOf)
				.isEmpty();
			// By hand: the seven people of Huaxin and our two; the rival only once the
			// KNOWS has started (2016-03-05); the KAM met the VP three times by March 13,
			// twice by March 1.
			assertThat(graph.personIds()).contains("gm", "vp", "fin", "prod", "it", "ctl", "buyer", "me", "cons")
				.hasSize(asOf.getDayOfMonth() == 13 ? 10 : 9);
			assertThat(graph.edges()).filteredOn((e) -> e.type().equals("ENGAGED") && e.to().equals("vp"))
				.extracting(GraphPayload.Edge::from, GraphPayload.Edge::count)
				.contains(tuple("me", asOf.getDayOfMonth() == 13 ? 3 : 2));
		}
	}

	@Test
	void the_floor_and_the_product_draw_the_same_graph_for_every_deal_of_generated_small_portfolios() {
		for (long seed : GeneratedPortfolios.SEEDS) {
			TestGraph.clean(this.client);
			FloorGraph graph = GeneratedPortfolios.load(seed, this.exchange);
			FloorGraphPayload floor = new FloorGraphPayload(graph);
			LocalDate asOf = GeneratedPortfolios.asOf(seed);
			for (String id : graph.opportunities()) {
				DealAnalysis deal = this.analysis.analyze(id, asOf, Language.EN);
				GraphPayload product = this.graphs.forDeal(deal, GraphFilter.NONE);
				assertThat(product.people()).as("seed %d", seed).hasSizeGreaterThan(product.accountPeople());
				assertThat(AnswerCheck.graphDifferences(product, floor.forDeal(deal))).as("seed %d", seed).isEmpty();
			}
		}
	}

	@Test
	void above_the_cap_the_floor_shows_the_same_most_influential_people_and_outside_ties() {
		int size = FloorGraphPayload.MAX_PEOPLE + 150;
		PowermapDocument document = this.exchange.check(LargeAccount.json(size, 250, 20));
		this.exchange.importDocument(document);
		FloorGraphPayload floor = load(document);
		DealAnalysis deal = this.analysis.analyze("big-deal", LocalDate.of(2016, 3, 13), Language.EN);

		GraphPayload product = this.graphs.forDeal(deal, GraphFilter.NONE);
		GraphPayload graph = floor.forDeal(deal);

		assertThat(AnswerCheck.graphDifferences(product, graph)).isEmpty();
		// 270 rivals and our KAM are tied to the account: only 200 outside people are
		// shown (the KAM and 199 rivals), and the account's people make room for them.
		assertThat(graph.truncated()).isTrue();
		assertThat(graph.people()).hasSize(FloorGraphPayload.MAX_PEOPLE);
		assertThat(graph.people()).filteredOn((p) -> !p.organization().equals("big"))
			.hasSize(FloorGraphPayload.MAX_OUTSIDE)
			.extracting(GraphPayload.Person::id)
			.contains("kam");
	}

	@Test
	void a_changed_graph_is_caught() {
		FloorGraph graph = GeneratedPortfolios.load(PortfolioGenerator.SEED, null);
		FloorGraphPayload floor = new FloorGraphPayload(graph);
		FloorAnalyzer analyzer = new FloorAnalyzer(graph, FloorAgreementTests.DEFAULTS);
		DealAnalysis deal = analyzer.analyze(graph.opportunities().get(0), PortfolioGenerator.AS_OF);
		GraphPayload payload = floor.forDeal(deal);
		GraphPayload.Edge dropped = payload.edges().get(0);
		GraphPayload changed = new GraphPayload(payload.opportunity(), payload.account(), payload.asOf(),
				payload.organizations(), payload.people().subList(1, payload.people().size()),
				payload.edges().subList(1, payload.edges().size()), payload.accountPeople(), payload.truncated(),
				payload.filter(), payload.departments(), payload.everyone());

		assertThat(AnswerCheck.graphDifferences(payload, floor.forDeal(deal))).isEmpty();
		assertThat(AnswerCheck.graphDifferences(payload, changed))
			.anyMatch((d) -> d.contains("people") && d.contains(payload.people().get(0).id()))
			.anyMatch((d) -> d.contains("edges")
					&& d.contains(dropped.type() + " " + dropped.from() + "->" + dropped.to()));
	}

	private static FloorGraphPayload load(PowermapDocument document) {
		FloorGraph graph = new FloorGraph();
		graph.add(document);
		graph.freeze();
		return new FloorGraphPayload(graph);
	}

}
