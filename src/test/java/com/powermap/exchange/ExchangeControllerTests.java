package com.powermap.exchange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST endpoints of import and export, as a script would call them.
 */
@PowermapTest
class ExchangeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void emptyDatabase() {
		TestGraph.clean(this.client);
	}

	@Test
	void a_valid_document_is_imported_with_counts() throws Exception {
		this.mvc
			.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON)
				.content(TestGraph.resource("fixtures/huaxin-mes.json")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people").value(10))
			.andExpect(jsonPath("$.relationships").value(18))
			.andExpect(jsonPath("$.assessments").value(9))
			.andExpect(jsonPath("$.nodesCreated").value(29));
	}

	@Test
	void a_refused_document_answers_400_with_every_error_and_its_path() throws Exception {
		this.mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content("""
				{"format": "powermap/v1",
				 "relationships": [{"type": "REPORTS_TO", "from": "vp", "to": "gm2"}]}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.relationships[0].from"))
			.andExpect(jsonPath("$.errors[0].message").value("unknown person \"vp\""))
			.andExpect(jsonPath("$.errors[1].path").value("$.relationships[0].to"))
			.andExpect(jsonPath("$.errors[1].message").value("unknown person \"gm2\""));
	}

	@Test
	void an_org_chart_is_imported_from_csv_and_exported_as_json() throws Exception {
		this.mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content("""
				{"format": "powermap/v1", "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"}]}
				""")).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/import/org-chart").param("org", "acme")
				.contentType("text/csv")
				.content("id,name,title,department,manager_id\nceo,Ann,CEO,Board,\ncfo,Bo,CFO,Finance,ceo\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people").value(2));
		this.mvc.perform(get("/api/export").param("account", "acme"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("powermap/v1"))
			.andExpect(jsonPath("$.people.length()").value(2))
			.andExpect(jsonPath("$.relationships[0].type").value("REPORTS_TO"));
	}

	@Test
	void a_refused_org_chart_answers_400_with_lines() throws Exception {
		this.mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content("""
				{"format": "powermap/v1", "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"}]}
				""")).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/import/org-chart").param("org", "acme")
				.contentType("text/csv")
				.content("id,name,title,department,manager_id\ncfo,Bo,CFO,Finance,ceo\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("line 2, column manager_id"));
	}

	@Test
	void exporting_an_unknown_account_is_a_404() throws Exception {
		this.mvc.perform(get("/api/export").param("account", "nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].message").value("unknown account \"nowhere\""));
	}

}
