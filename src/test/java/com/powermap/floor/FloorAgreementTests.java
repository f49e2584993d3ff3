package com.powermap.floor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

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
import com.powermap.influence.AnalysisSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The floor gives the product's answers: on the worked Huaxin deal (its expected
 * analysis) and on every deal of generated small portfolios, deal by deal and as a
 * portfolio.
 */
@PowermapTest
class FloorAgreementTests {

	static final FloorAnalyzer.Settings DEFAULTS = new FloorAnalyzer.Settings(
			AnalysisSettings.DEFAULTS.reportsToWeight(), AnalysisSettings.DEFAULTS.delegationWeight(),
			AnalysisSettings.DEFAULTS.damping(), AnalysisSettings.DEFAULTS.reachWindowDays(),
			AnalysisSettings.DEFAULTS.regressionWindowDays());

	@Autowired
	ExchangeService exchange;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Neo4jClient client;

	@Autowired
	ObjectMapper mapper;

	@BeforeEach
	void clean() {
		TestGraph.clean(this.client);
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_floor_gives_the_expected_analysis_of_the_huaxin_deal() {
		PowermapDocument document = this.exchange.check(TestGraph.resource("fixtures/huaxin-mes.json"));
		FloorGraph graph = new FloorGraph();
		graph.add(document);
		graph.freeze();
		Map<String, Object> expected = ((List<Map<String, Object>>) this.mapper
			.readValue(TestGraph.resource("fixtures/huaxin-mes.expected.json"), List.class)).get(0);

		Map<String, Object> actual = new FloorAnalyzer(graph, DEFAULTS).analyze("mes", LocalDate.parse("2016-03-13"))
			.toJson();

		for (String field : List.of("effectiveStage", "stageGap", "riskScore")) {
			assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
		}
		assertThat(((Map<String, Object>) actual.get("mostInfluential")).get("person")).isEqualTo("gm");
		assertThat((List<Map<String, Object>>) actual.get("unreachedDecisionMakers"))
			.extracting((u) -> u.get("person") + " " + u.get("warmPath"))
			.containsExactlyInAnyOrderElementsOf(
					((List<Map<String, Object>>) expected.get("unreachedDecisionMakers")).stream()
						.map((u) -> u.get("person") + " " + u.get("warmPath"))
						.toList());
		assertThat((List<Map<String, Object>>) actual.get("risks")).extracting((r) -> r.get("code"))
			.containsExactlyInAnyOrderElementsOf(
					((List<Map<String, Object>>) expected.get("risks")).stream().map((r) -> r.get("code")).toList());
		for (Map<String, Object> want : (List<Map<String, Object>>) expected.get("influence")) {
			Map<String, Object> got = ((List<Map<String, Object>>) actual.get("influence")).stream()
				.filter((p) -> p.get("person").equals(want.get("person")))
				.findFirst()
				.orElseThrow();
			assertThat(((Number) got.get("influence")).doubleValue()).as((String) want.get("person"))
				.isCloseTo(((Number) want.get("influence")).doubleValue(), within(0.0015));
		}
	}

	@Test
	void the_floor_and_the_product_agree_on_every_deal_of_generated_small_portfolios() {
		// Two seeds, the second as of a date twenty days back: each analysis takes
		// seconds
		// on a busy machine.
		for (long seed : GeneratedPortfolios.SEEDS) {
			TestGraph.clean(this.client);
			FloorGraph graph = GeneratedPortfolios.load(seed, this.exchange);
			FloorAnalyzer floor = new FloorAnalyzer(graph, DEFAULTS);
			LocalDate asOf = GeneratedPortfolios.asOf(seed);
			for (String deal : graph.opportunities()) {
				DealAnalysis product = this.analysis.analyze(deal, asOf, Language.EN);
				assertThat(AnswerCheck.differences(product, floor.analyze(deal, asOf))).as("seed %d", seed).isEmpty();
			}
			assertThat(
					AnswerCheck.portfolioDifferences(this.analysis.portfolio(asOf, Language.EN), floor.portfolio(asOf)))
				.as("seed %d", seed)
				.isEmpty();
		}
	}

	@Test
	void a_changed_answer_is_caught() {
		FloorGraph graph = GeneratedPortfolios.load(PortfolioGenerator.SEED, null);
		FloorAnalyzer floor = new FloorAnalyzer(graph, DEFAULTS);
		String deal = graph.opportunities().get(0);
		DealAnalysis answer = floor.analyze(deal, PortfolioGenerator.AS_OF);
		List<DealAnalysis.PersonInfluence> nudged = answer.influence()
			.stream()
			.map((p) -> new DealAnalysis.PersonInfluence(p.person(), p.influence() + 2e-9))
			.toList();
		DealAnalysis changed = new DealAnalysis(answer.opportunity(), answer.account(), answer.asOf(),
				answer.claimedStage(), answer.effectiveStage(), answer.weightedStage(), answer.stageGap(),
				answer.mostInfluential(), nudged, answer.unreachedDecisionMakers(), answer.risks(),
				answer.riskScore() + 1, answer.amount(), answer.explanation(), answer.name(), answer.accountName(),
				answer.currency(), answer.stakeholders());

		assertThat(AnswerCheck.differences(changed, answer)).anyMatch((d) -> d.contains("riskScore"))
			.anyMatch((d) -> d.contains("influence of"));
		assertThat(AnswerCheck.differences(answer, floor.analyze(deal, PortfolioGenerator.AS_OF))).isEmpty();
	}

}
