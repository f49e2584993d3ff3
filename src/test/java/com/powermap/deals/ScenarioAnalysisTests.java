package com.powermap.deals;

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
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The worked deal of the scenarios: the analysis of Huaxin's MES deal as of 2016-03-13
 * matches {@code huaxin-mes.expected.json} on every field the scenarios' README says must
 * match.
 */
@PowermapTest
class ScenarioAnalysisTests {

	@Autowired
	ExchangeService exchange;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Neo4jClient client;

	@Autowired
	ObjectMapper mapper;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_huaxin_deal_matches_its_expected_analysis() {
		Map<String, Object> expected = ((List<Map<String, Object>>) this.mapper
			.readValue(TestGraph.resource("fixtures/huaxin-mes.expected.json"), List.class)).get(0);

		Map<String, Object> actual = this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN).toJson();

		assertThat(actual.get("effectiveStage")).isEqualTo(expected.get("effectiveStage"));
		assertThat(actual.get("stageGap")).isEqualTo(expected.get("stageGap"));
		assertThat(actual.get("riskScore")).isEqualTo(expected.get("riskScore"));
		assertThat(((Map<String, Object>) actual.get("mostInfluential")).get("person"))
			.isEqualTo(((Map<String, Object>) expected.get("mostInfluential")).get("person"));
		assertThat(actual.get("unreachedDecisionMakers").toString()).contains("person=gm")
			.contains("warmPath=[cons, fin, gm]");
		assertThat((List<Map<String, Object>>) actual.get("unreachedDecisionMakers"))
			.extracting((u) -> u.get("person") + " " + u.get("warmPath"))
			.containsExactlyInAnyOrderElementsOf(
					((List<Map<String, Object>>) expected.get("unreachedDecisionMakers")).stream()
						.map((u) -> u.get("person") + " " + u.get("warmPath"))
						.toList());
		assertThat((List<Map<String, Object>>) actual.get("risks")).extracting((r) -> r.get("code"))
			.containsExactlyInAnyOrderElementsOf(
					((List<Map<String, Object>>) expected.get("risks")).stream().map((r) -> r.get("code")).toList());
		Map<Object, Object> influence = new java.util.HashMap<>();
		((List<Map<String, Object>>) actual.get("influence"))
			.forEach((p) -> influence.put(p.get("person"), p.get("influence")));
		for (Map<String, Object> person : (List<Map<String, Object>>) expected.get("influence")) {
			assertThat((Double) influence.get(person.get("person"))).as((String) person.get("person"))
				.isCloseTo((Double) person.get("influence"), within(0.0015));
		}
		assertThat(influence).hasSameSizeAs((List<?>) expected.get("influence"));
	}

	@Test
	void the_explanation_names_the_person_the_stage_and_the_numbers_in_both_languages() {
		DealAnalysis english = this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN);
		DealAnalysis chinese = this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.ZH);

		assertThat(english.explanation())
			.startsWith("The deal is at Solution, not Commercial: Zhang Wei, General Manager,"
					+ " the most influential person in this deal (influence 0.35), is at Solution since 2016-03-10.");
		assertThat(chinese.explanation()).startsWith("该商机实际处于方案阶段，而不是商务阶段：Zhang Wei（General Manager）");
		assertThat(english.risks()).allSatisfy((risk) -> assertThat(risk.message()).isNotBlank());
	}

}
