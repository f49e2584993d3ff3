package com.powermap.risk;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The saved risk queries over REST, on the Huaxin deal: the GM has known AutoCtrl's sales
 * director since 2016-03-05; the deal's assessments within 30 days of 2016-03-13 are of
 * 2016-02-25 and 2016-03-10.
 */
@PowermapTest
class SavedQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jClient client;

	@Autowired
	ExchangeService exchange;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void every_risk_query_is_listed_with_its_description_parameters_and_columns() throws Exception {
		this.mvc.perform(get("/api/queries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name",
					hasItems("assessment-dates", "competitor-ties", "managers-above", "open-opportunities")))
			.andExpect(jsonPath("$[?(@.name == 'competitor-ties')].description",
					contains(startsWith("COMPETITOR_TIE (DOMAIN.md section 3.4): which of some people have a KNOWS"))))
			.andExpect(jsonPath("$[?(@.name == 'competitor-ties')].parameters[0].name", contains("people")))
			.andExpect(jsonPath("$[?(@.name == 'competitor-ties')].parameters[0].type", contains("list of person ids")))
			.andExpect(jsonPath("$[?(@.name == 'competitor-ties')].parameters[1].name", contains("asOf")))
			.andExpect(jsonPath("$[?(@.name == 'competitor-ties')].parameters[1].type", contains("date")))
			.andExpect(jsonPath("$[?(@.name == 'competitor-ties')].columns[*]", contains("person", "competitors")))
			.andExpect(jsonPath("$[?(@.name == 'open-opportunities')].parameters.length()", contains(0)));
	}

	@Test
	void a_query_runs_with_its_parameters_and_answers_columns_rows_and_time() throws Exception {
		run("competitor-ties", """
				{"people": ["gm", "vp", "fin"], "asOf": "2016-03-13"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", contains("person", "competitors")))
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0][0]").value("gm"))
			.andExpect(jsonPath("$.rows[0][1][0].id").value("rival"))
			.andExpect(jsonPath("$.rows[0][1][0].organization").value("AutoCtrl Systems"))
			.andExpect(jsonPath("$.elapsedMs", greaterThanOrEqualTo(0)));
	}

	@Test
	void date_parameters_are_dates_and_dates_come_back_as_iso_text() throws Exception {
		run("assessment-dates", """
				{"opportunity": "mes", "windowStart": "2016-02-12", "asOf": "2016-03-13"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", contains("day")))
			.andExpect(jsonPath("$.rows[*][0]", contains("2016-02-25", "2016-03-10")));
		run("competitor-ties", """
				{"people": ["gm"], "asOf": "2016-03-04"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", contains("person", "competitors")))
			.andExpect(jsonPath("$.rows.length()").value(0));
	}

	@Test
	void a_query_without_parameters_runs_without_a_body() throws Exception {
		this.mvc.perform(post("/api/queries/{name}", "open-opportunities"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", contains("id", "account", "amount")))
			.andExpect(jsonPath("$.rows[0][0]").value("mes"))
			.andExpect(jsonPath("$.rows[0][1]").value("huaxin"));
	}

	@Test
	void a_missing_parameter_or_an_unparseable_date_answers_400_naming_the_parameter() throws Exception {
		run("competitor-ties", """
				{"people": ["gm"]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("asOf"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("missing parameter")));
		run("competitor-ties", """
				{"people": ["gm"], "asOf": "March 13"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("asOf"))
			.andExpect(jsonPath("$.errors[0].message", containsString("unparseable date \"March 13\"")));
	}

	@Test
	void an_unknown_query_answers_404() throws Exception {
		run("who-signs", "{}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].message").value("unknown query \"who-signs\""));
	}

	private ResultActions run(String name, String parameters) throws Exception {
		return this.mvc
			.perform(post("/api/queries/{name}", name).contentType(MediaType.APPLICATION_JSON).content(parameters));
	}

}
