package com.powermap.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CSV org-chart import: people and REPORTS_TO from an HR export, line-numbered
 * errors, nothing written on error.
 */
@PowermapTest
class OrgChartImportTests {

	static final String HEADER = "id,name,title,department,manager_id,email\n";

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void aCustomerWithoutPeople() {
		TestGraph.clean(this.client);
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"},
				                   {"id": "us", "name": "Us", "kind": "SELF"}]}
				""");
	}

	@Test
	void an_hr_export_with_a_byte_order_mark_becomes_people_and_reporting_lines() {
		String csv = "\uFEFF" + HEADER + "ceo,Ann Boss,CEO,Management,,ann@acme.example\n"
				+ "cfo,\"Bo, the Counter\",CFO,Finance,ceo,\n"
				+ "ctrl,Cy Control,\"Controller \"\"Group\"\"\",Finance,cfo,cy@acme.example\n";

		ImportResult result = this.exchange.importOrgChart("acme", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(result.people()).isEqualTo(3);
		assertThat(result.relationships()).isEqualTo(2);
		Map<String, Object> exported = this.exchange.export("acme");
		assertThat(exported.get("people").toString()).contains("name=Bo, the Counter")
			.contains("title=Controller \"Group\"")
			.contains("email=ann@acme.example");
		assertThat(exported.get("relationships").toString()).contains("from=cfo, to=ceo").contains("from=ctrl, to=cfo");
	}

	@Test
	void the_email_column_is_optional_and_windows_line_ends_are_fine() {
		String csv = "id,name,title,department,manager_id\r\nceo,Ann Boss,CEO,Management,\r\ncfo,Bo,CFO,Finance,ceo\r\n";
		assertThat(this.exchange.importOrgChart("acme", csv.getBytes(StandardCharsets.UTF_8)).people()).isEqualTo(2);
	}

	@Test
	void an_unknown_manager_is_refused_with_its_line() {
		String csv = HEADER + "ceo,Ann,CEO,Management,,\ncfo,Bo,CFO,Finance,cxo,\n";
		assertRefused(csv, "line 3, column manager_id: unknown manager \"cxo\": not in this file and not a person of"
				+ " organization acme");
	}

	@Test
	void a_duplicate_id_is_refused_with_both_lines() {
		String csv = HEADER + "ceo,Ann,CEO,Management,,\ncfo,Bo,CFO,Finance,ceo,\ncfo,Bea,CFO,Finance,ceo,\n";
		assertRefused(csv, "line 4, column id: duplicate id \"cfo\" (first on line 3)");
	}

	@Test
	void a_reporting_cycle_is_refused_with_the_cycle_named() {
		String csv = HEADER + "a,Ann,CEO,Management,c,\nb,Bo,CFO,Finance,a,\nc,Cy,CTO,IT,b,\n";
		assertRefused(csv, "line 4, column manager_id: REPORTS_TO cycle: c -> b -> a -> c");
	}

	@Test
	void a_file_that_is_not_utf8_is_refused_with_its_line() {
		byte[] latin1 = (HEADER + "ceo,Ann,CEO,Management,,\ncfo,Jürgen,CFO,Finance,ceo,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(latin1, "line 3: not valid UTF-8");
	}

	@Test
	void a_wrong_header_or_column_count_is_refused() {
		assertRefused("id;name;title\n", "line 1: unexpected header id;name;title");
		assertRefused(HEADER + "ceo,Ann,CEO\n", "line 2: expected 6 columns, found 3");
	}

	@Test
	void a_manager_already_stored_in_the_organization_is_known() {
		this.exchange.importOrgChart("acme", (HEADER + "ceo,Ann,CEO,Management,,\n").getBytes(StandardCharsets.UTF_8));
		ImportResult result = this.exchange.importOrgChart("acme",
				(HEADER + "cfo,Bo,CFO,Finance,ceo,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(result.relationshipsCreated()).isEqualTo(2);
	}

	@Test
	void a_new_manager_ends_the_old_reporting_line_instead_of_deleting_it() {
		byte[] before = (HEADER
				+ "ceo,Ann,CEO,Management,,\ncfo,Bo,CFO,Finance,ceo,\nctrl,Cy,Controller,Finance,ceo,\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] after = (HEADER + "ceo,Ann,CEO,Management,,\ncfo,Bo,CFO,Finance,ceo,\nctrl,Cy,Controller,Finance,cfo,\n")
			.getBytes(StandardCharsets.UTF_8);
		this.exchange.importOrgChart("acme", before);

		this.exchange.importOrgChart("acme", after);

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> lines = (List<Map<String, Object>>) this.exchange.export("acme").get("relationships");
		assertThat(lines).filteredOn((r) -> r.get("from").equals("ctrl")).hasSize(2);
		assertThat(lines).filteredOn((r) -> r.get("from").equals("ctrl") && r.get("to").equals("ceo"))
			.singleElement()
			.satisfies((r) -> assertThat(r).containsKey("until"));
		assertThat(lines).filteredOn((r) -> r.get("from").equals("ctrl") && r.get("to").equals("cfo"))
			.singleElement()
			.satisfies((r) -> assertThat(r).doesNotContainKey("until"));
	}

	@Test
	void an_org_chart_goes_only_into_an_existing_customer() {
		byte[] csv = (HEADER + "ceo,Ann,CEO,Management,,\n").getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.exchange.importOrgChart("nowhere", csv))
			.withMessage("org: unknown organization \"nowhere\"");
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.exchange.importOrgChart("us", csv))
			.withMessageContaining("\"us\" is SELF");
	}

	private void assertRefused(String csv, String error) {
		assertRefused(csv.getBytes(StandardCharsets.UTF_8), error);
	}

	private void assertRefused(byte[] csv, String error) {
		String before = TestGraph.size(this.client);
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.exchange.importOrgChart("acme", csv))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ImportError::toString)
				.anySatisfy((e) -> assertThat(e).startsWith(error)));
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

}
