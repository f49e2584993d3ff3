package com.powermap.deals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What-if on the Huaxin deal as of 2016-03-13: the GM (the most influential person, at
 * Solution, last met on 2015-06-01) is what the deal hangs on, so winning them over or
 * meeting them changes the answer, and nothing of a what-if is ever stored.
 */
@PowermapTest
class WhatIfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jClient client;

	@Autowired
	ExchangeService exchange;

	@Autowired
	ObjectMapper mapper;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void winning_over_the_gm_moves_the_effective_stage_to_commercial_after_but_not_before() throws Exception {
		String stored = export();
		whatIf("mes", """
				{"asOf": "2016-03-13",
				 "opportunities": [{"id": "mes", "name": "Production management system", "account": "huaxin",
				                    "claimedStage": "COMMERCIAL", "amount": 780000, "currency": "CNY",
				                    "involvements": [{"person": "gm", "role": "DECISION_MAKER",
				                                      "assessments": [{"at": "2016-03-12", "stage": "COMMERCIAL"}]}]}]}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.before.asOf").value("2016-03-13"))
			.andExpect(jsonPath("$.before.effectiveStage").value("SOLUTION"))
			.andExpect(jsonPath("$.before.stageGap").value(1))
			.andExpect(jsonPath("$.after.asOf").value("2016-03-13"))
			.andExpect(jsonPath("$.after.effectiveStage").value("COMMERCIAL"))
			.andExpect(jsonPath("$.after.stageGap").value(0))
			.andExpect(jsonPath("$.after.mostInfluential.person").value("gm"))
			.andExpect(jsonPath("$.after.risks[*].code", not(hasItem("STAGE_OVERSTATED"))));
		assertThat(export()).isEqualTo(stored);
	}

	@Test
	void meeting_the_gm_takes_them_off_the_unreached_decision_makers_after() throws Exception {
		String stored = export();
		whatIf("mes", """
				{"format": "powermap/v1", "asOf": "2016-03-13",
				 "relationships": [{"type": "ENGAGED", "from": "me", "to": "gm", "at": "2016-03-12",
				                    "channel": "MEETING"}]}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.before.unreachedDecisionMakers[*].person", hasItem("gm")))
			.andExpect(jsonPath("$.after.unreachedDecisionMakers[*].person", not(hasItem("gm"))))
			.andExpect(jsonPath("$.after.risks[*].code", hasItem("STAGE_OVERSTATED")));
		assertThat(export()).isEqualTo(stored);
	}

	@Test
	void the_explanations_follow_the_language_asked_for() throws Exception {
		this.mvc
			.perform(post("/api/opportunities/mes/what-if").param("lang", "zh-CN")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"asOf": "2016-03-13", "people": [{"id": "ctl", "name": "Zhao Lei", "org": "huaxin",
						                                  "leftAt": "2016-03-12"}]}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.before.influence[*].person", hasItem("ctl")))
			.andExpect(jsonPath("$.after.influence[*].person", not(hasItem("ctl"))))
			.andExpect(jsonPath("$.after.explanation").value(containsString("方案")));
	}

	@Test
	void a_refused_fragment_answers_400_with_every_error_and_its_path_and_stores_nothing() throws Exception {
		String stored = export();
		whatIf("mes", """
				{"asOf": "2016-03-13",
				 "relationships": [{"type": "ENGAGED", "from": "me", "to": "gm2", "at": "2016-03-12"},
				                   {"type": "INFLUENCES", "from": "ctl", "to": "gm", "strength": 1.5}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[*].path", hasItems("$.relationships[0].to", "$.relationships[1].strength")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("unknown person \"gm2\"")));
		assertThat(export()).isEqualTo(stored);
	}

	@Test
	void a_fragment_that_is_not_json_answers_400() throws Exception {
		whatIf("mes", "{\"relationships\": [").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$"));
	}

	@Test
	void a_wrong_format_is_refused_like_an_import() throws Exception {
		whatIf("mes", """
				{"format": "powermap/v0"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.format"));
	}

	@Test
	void a_what_if_of_an_unknown_opportunity_is_a_404_and_stores_nothing() throws Exception {
		String stored = export();
		whatIf("nope", """
				{"asOf": "2016-03-13",
				 "relationships": [{"type": "ENGAGED", "from": "me", "to": "gm", "at": "2016-03-12"}]}
				""").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].message").value("unknown opportunity \"nope\""));
		assertThat(export()).isEqualTo(stored);
	}

	private ResultActions whatIf(String opportunity, String fragment) throws Exception {
		return this.mvc
			.perform(post("/api/opportunities/{id}/what-if", opportunity).contentType(MediaType.APPLICATION_JSON)
				.content(fragment));
	}

	private String export() {
		return this.mapper.writeValueAsString(this.exchange.export(null));
	}

}
