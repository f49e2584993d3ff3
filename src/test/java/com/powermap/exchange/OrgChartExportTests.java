package com.powermap.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV org-chart export: the inverse of the org-chart import, so that an exported
 * chart imports back to the same people and reporting lines.
 */
@PowermapTest
class OrgChartExportTests {

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@Autowired
	MockMvc mvc;

	// Acme: ceo <- cfo <- ctrl, ceo <- cto; "old" has left (and so has no row, and nobody
	// reports to them in the file); cto's line to "old" ended in 2020 and he reports to
	// the
	// ceo since. A competitor's person and an influence edge are not part of the chart.
	static final String ACME = """
			{"format": "powermap/v1",
			 "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"},
			                   {"id": "rival", "name": "Rival", "kind": "COMPETITOR"}],
			 "people": [
			   {"id": "ceo", "name": "Ann \\"The Boss\\" Lee", "title": "CEO", "department": "Management",
			    "email": "ann@acme.example", "org": "acme"},
			   {"id": "cfo", "name": "Bo, the Counter", "title": "CFO", "department": "Finance, Legal", "org": "acme"},
			   {"id": "ctrl", "name": "张伟", "title": "Controller\\nGroup", "department": "Finance", "org": "acme"},
			   {"id": "cto", "name": "Cy", "org": "acme"},
			   {"id": "old", "name": "Old Boss", "org": "acme", "leftAt": "2020-01-01"},
			   {"id": "x", "name": "Xavier", "org": "rival"}],
			 "relationships": [
			   {"type": "REPORTS_TO", "from": "cfo", "to": "ceo"},
			   {"type": "REPORTS_TO", "from": "ctrl", "to": "cfo"},
			   {"type": "REPORTS_TO", "from": "cto", "to": "old", "until": "2020-01-01"},
			   {"type": "REPORTS_TO", "from": "cto", "to": "ceo", "since": "2020-01-01"},
			   {"type": "REPORTS_TO", "from": "old", "to": "ceo"},
			   {"type": "INFLUENCES", "from": "ctrl", "to": "ceo", "strength": 0.5}]}
			""";

	@BeforeEach
	void acme() {
		TestGraph.clean(this.client);
		this.exchange.importJson(ACME);
	}

	@Test
	void the_export_lists_current_people_with_their_current_manager() {
		String csv = new String(this.exchange.exportOrgChart("acme"), StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo("\uFEFF" + "id,name,title,department,manager_id,email\r\n"
				+ "ceo,\"Ann \"\"The Boss\"\" Lee\",CEO,Management,,ann@acme.example\r\n"
				+ "cfo,\"Bo, the Counter\",CFO,\"Finance, Legal\",ceo,\r\n" + "cto,Cy,,,ceo,\r\n"
				+ "ctrl,张伟,\"Controller\nGroup\",Finance,cfo,\r\n");
	}

	@Test
	void an_exported_chart_imported_again_changes_nothing() {
		byte[] csv = this.exchange.exportOrgChart("acme");
		Object people = this.exchange.export("acme").get("people");

		ImportResult result = this.exchange.importOrgChart("acme", csv);

		assertThat(result.people()).isEqualTo(4);
		assertThat(result.relationships()).isEqualTo(3);
		assertThat(result.nodesCreated()).isZero();
		assertThat(result.relationshipsCreated()).isZero();
		assertThat(this.exchange.export("acme").get("people")).isEqualTo(people);
		assertThat(this.exchange.exportOrgChart("acme")).isEqualTo(csv);
	}

	@Test
	void an_exported_chart_rebuilds_the_organization_in_an_empty_database() {
		byte[] csv = this.exchange.exportOrgChart("acme");
		TestGraph.clean(this.client);
		this.exchange.importJson("""
				{"format": "powermap/v1", "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"}]}
				""");

		ImportResult result = this.exchange.importOrgChart("acme", csv);

		assertThat(result.people()).isEqualTo(4);
		assertThat(this.exchange.exportOrgChart("acme")).isEqualTo(csv);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> people = (List<Map<String, Object>>) this.exchange.export("acme").get("people");
		assertThat(people).extracting((p) -> p.get("id") + "|" + p.get("name") + "|" + p.get("title"))
			.containsExactly("ceo|Ann \"The Boss\" Lee|CEO", "cfo|Bo, the Counter|CFO", "cto|Cy|null",
					"ctrl|张伟|Controller\nGroup");
	}

	@Test
	void an_unknown_organization_is_named() {
		assertThatExceptionOfType(UnknownAccountException.class)
			.isThrownBy(() -> this.exchange.exportOrgChart("nowhere"))
			.withMessage("unknown account \"nowhere\"");
	}

	@Test
	void the_rest_endpoint_serves_the_file_or_404() throws Exception {
		this.mvc.perform(get("/api/export/org-chart").param("org", "acme"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"acme-org-chart.csv\""))
			.andExpect(content().bytes(this.exchange.exportOrgChart("acme")));
		this.mvc.perform(get("/api/export/org-chart").param("org", "nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].message").value("unknown account \"nowhere\""));
	}

}
