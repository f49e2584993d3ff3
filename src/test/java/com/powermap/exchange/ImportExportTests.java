package com.powermap.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.AtOnce;
import com.powermap.JsonEdit;
import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Import is an idempotent upsert, and export gives back a document that imports into an
 * empty database as the same graph.
 */
@PowermapTest
class ImportExportTests {

	static final String HUAXIN = TestGraph.resource("fixtures/huaxin-mes.json");

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@Autowired
	ObjectMapper mapper;

	@BeforeEach
	void emptyDatabase() {
		TestGraph.clean(this.client);
	}

	@Test
	void importing_the_same_document_twice_changes_nothing() {
		ImportResult first = this.exchange.importJson(HUAXIN);
		String size = TestGraph.size(this.client);
		Map<String, Object> exported = this.exchange.export(null);

		ImportResult second = this.exchange.importJson(HUAXIN);

		// 3 organizations + 10 people + 1 opportunity + 6 involvements + 9 assessments
		assertThat(first.nodesCreated()).isEqualTo(29);
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
		assertThat(TestGraph.size(this.client)).isEqualTo(size);
		assertThat(this.exchange.export(null)).isEqualTo(exported);
	}

	@Test
	void ties_of_a_newcomer_are_added_once_and_a_second_import_only_updates_them() {
		this.exchange.importJson(HUAXIN);
		String newcomer = """
				{"format": "powermap/v1",
				 "people": [{"id": "cfo", "name": "Li Na", "org": "huaxin"}],
				 "relationships": [
				   {"type": "REPORTS_TO", "from": "cfo", "to": "gm"},
				   {"type": "INFLUENCES", "from": "cfo", "to": "fin", "strength": %s},
				   {"type": "KNOWS", "from": "rival", "to": "cfo"},
				   {"type": "ENGAGED", "from": "me", "to": "cfo", "at": "2016-03-01"},
				   {"type": "INFLUENCES", "from": "fin", "to": "gm", "strength": 0.7}]}
				""";

		ImportResult first = this.exchange.importJson(newcomer.formatted("0.4"));
		String size = TestGraph.size(this.client);
		ImportResult second = this.exchange.importJson(newcomer.formatted("0.8"));

		// WORKS_FOR and the newcomer's four ties; fin -> gm was stored already
		assertThat(first.relationshipsCreated()).isEqualTo(5);
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
		assertThat(TestGraph.size(this.client)).isEqualTo(size);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> relationships = (List<Map<String, Object>>) this.exchange.export("huaxin")
			.get("relationships");
		assertThat(relationships).filteredOn((r) -> "cfo".equals(r.get("from")) || "cfo".equals(r.get("to")))
			.extracting((r) -> r.get("type") + " " + r.get("from") + " " + r.get("to"))
			.containsExactlyInAnyOrder("REPORTS_TO cfo gm", "INFLUENCES cfo fin", "KNOWS rival cfo", "ENGAGED me cfo");
		assertThat(relationships).filteredOn((r) -> "INFLUENCES".equals(r.get("type")) && "cfo".equals(r.get("from")))
			.singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("strength", 0.8));
		assertThat(relationships).filteredOn((r) -> "INFLUENCES".equals(r.get("type")) && "fin".equals(r.get("from")))
			.singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("strength", 0.7));
	}

	@Test
	void concurrent_imports_of_the_same_people_all_succeed() throws Exception {
		// Each import counts the versions of the people it updates up, inside its MERGE:
		// imports that queue for the same people must wait, not deadlock.
		this.exchange.importJson(HUAXIN);
		List<Callable<ImportResult>> imports = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			imports.add(() -> this.exchange.importJson(HUAXIN));
		}

		assertThat(AtOnce.run(imports)).allSatisfy((result) -> assertThat(result.nodesCreated()).isZero());
	}

	@Test
	void export_then_import_into_an_empty_database_then_export_gives_the_same_document() {
		this.exchange.importJson(HUAXIN);
		String exported = this.mapper.writeValueAsString(this.exchange.export(null));

		TestGraph.clean(this.client);
		this.exchange.importJson(exported);

		assertThat(this.mapper.writeValueAsString(this.exchange.export(null))).isEqualTo(exported);
	}

	@Test
	void an_export_keeps_every_field_of_the_scenario() {
		this.exchange.importJson(HUAXIN);
		Map<String, Object> exported = this.exchange.export(null);

		assertThat(normalized(exported)).isEqualTo(normalized(this.mapper.readValue(HUAXIN, Map.class)));
	}

	@Test
	void an_account_export_carries_everyone_tied_to_it_and_imports_elsewhere() {
		this.exchange.importJson(HUAXIN);
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"}],
				 "people": [{"id": "acme-ceo", "name": "Ann Acme", "org": "acme"}],
				 "relationships": [{"type": "ENGAGED", "from": "me", "to": "acme-ceo", "at": "2016-02-01"}]}
				""");

		Map<String, Object> huaxin = this.exchange.export("huaxin");

		assertThat(ids(huaxin, "organizations")).containsExactly("autoctrl", "huaxin", "us");
		assertThat(ids(huaxin, "people")).contains("gm", "me", "cons", "rival").doesNotContain("acme-ceo");
		assertThat((List<?>) huaxin.get("relationships")).hasSize(18);
		TestGraph.clean(this.client);
		this.exchange.importJson(this.mapper.writeValueAsString(huaxin));
		assertThat(this.exchange.export(null)).isEqualTo(huaxin);
	}

	@Test
	void exporting_an_unknown_account_says_so() {
		assertThatExceptionOfType(UnknownAccountException.class).isThrownBy(() -> this.exchange.export("nowhere"))
			.withMessage("unknown account \"nowhere\"");
	}

	@Test
	void importing_an_existing_identity_updates_its_other_properties_and_keeps_history() {
		this.exchange.importJson(HUAXIN);
		String update = JsonEdit.of(HUAXIN)
			.set("people[0].title", "\"Chairman and General Manager\"")
			.set("relationships[7].strength", "0.9")
			.set("opportunities[0].claimedStage", "\"SOLUTION\"")
			.add("opportunities[0].involvements[0].assessments", "{\"at\": \"2016-03-12\", \"attitude\": \"SKEPTIC\"}")
			.json();

		ImportResult result = this.exchange.importJson(update);

		assertThat(result.nodesCreated()).isEqualTo(1);
		Map<String, Object> exported = this.exchange.export("huaxin");
		Map<String, Object> gm = byId(exported, "people", "gm");
		assertThat(gm).containsEntry("title", "Chairman and General Manager");
		assertThat(byId(exported, "opportunities", "mes")).containsEntry("claimedStage", "SOLUTION");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> relationships = (List<Map<String, Object>>) exported.get("relationships");
		assertThat(relationships).filteredOn((r) -> r.get("type").equals("INFLUENCES") && r.get("from").equals("ctl"))
			.singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("strength", 0.9));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> involvements = (List<Map<String, Object>>) byId(exported, "opportunities", "mes")
			.get("involvements");
		// Involvements are exported sorted by person: ctl, fin, gm, ...
		assertThat(involvements.get(2)).containsEntry("person", "gm");
		assertThat((List<?>) involvements.get(2).get("assessments")).hasSize(4);
	}

	@Test
	void date_times_count_as_their_utc_date_and_keep_their_instant() {
		this.exchange.importJson(HUAXIN);
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "relationships": [{"type": "ENGAGED", "from": "me", "to": "gm", "at": "2016-03-12T07:30:00+08:00"}]}
				""");
		Long day = this.client
			.query("MATCH (:Person {id: 'me'})-[r:ENGAGED]->(:Person {id: 'gm'}) "
					+ "WHERE r.day = date('2016-03-11') RETURN count(r) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(day).isOne();
		assertThat(this.mapper.writeValueAsString(this.exchange.export("huaxin")))
			.contains("\"at\":\"2016-03-11T23:30:00Z\"");
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> document, String list) {
		return ((List<Map<String, Object>>) document.get(list)).stream().map((e) -> (String) e.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> byId(Map<String, Object> document, String list, String id) {
		return ((List<Map<String, Object>>) document.get(list)).stream()
			.filter((e) -> id.equals(e.get("id")))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The document without the fields export does not reproduce (asOf, which is an
	 * analysis default), with every list sorted the same way, as text.
	 */
	@SuppressWarnings("unchecked")
	private String normalized(Map<?, ?> document) {
		Map<String, Object> copy = new java.util.TreeMap<>((Map<String, Object>) document);
		copy.remove("asOf");
		return sortedJson(copy);
	}

	private String sortedJson(Object value) {
		if (value instanceof Map<?, ?> map) {
			java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
			map.forEach((k, v) -> sorted.put((String) k, sortedJson(v)));
			return sorted.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::sortedJson).sorted().toList().toString();
		}
		return String.valueOf(value);
	}

}
