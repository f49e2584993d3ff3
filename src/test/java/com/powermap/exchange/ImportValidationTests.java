package com.powermap.exchange;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.JsonEdit;
import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

/**
 * Every error DOMAIN.md section 2 says an import must catch, each made once in the
 * otherwise valid Huaxin scenario: the import is refused with the error at its JSON path,
 * and nothing is written. (Indexes in the paths: people[0] is gm, [1] vp, [7] me, [9]
 * rival; relationships[0] is vp REPORTS_TO gm, [6] the DELEGATES, [7] ctl INFLUENCES gm,
 * [9] gm KNOWS rival, [10] me ENGAGED gm.)
 */
@PowermapTest
class ImportValidationTests {

	static final String HUAXIN = TestGraph.resource("fixtures/huaxin-mes.json");

	static final String INVOLVEMENT = "opportunities[0].involvements[0]";

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void emptyDatabase() {
		TestGraph.clean(this.client);
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(mistake("a missing format", (d) -> d.remove("format"), "$.format", "missing"),
				mistake("a wrong format", (d) -> d.set("format", "\"powermap/v2\""), "$.format",
						"unsupported format \"powermap/v2\""),
				mistake("an organization without id", (d) -> d.remove("organizations[2].id"), "$.organizations[2].id",
						"missing required field \"id\""),
				mistake("an organization without name", (d) -> d.remove("organizations[0].name"),
						"$.organizations[0].name", "missing required field \"name\""),
				mistake("an organization without kind", (d) -> d.remove("organizations[2].kind"),
						"$.organizations[2].kind", "missing required field \"kind\""),
				mistake("a person without id", (d) -> d.remove("people[6].id"), "$.people[6].id",
						"missing required field \"id\""),
				mistake("a person without name", (d) -> d.remove("people[1].name"), "$.people[1].name",
						"missing required field \"name\""),
				mistake("a person without org", (d) -> d.remove("people[1].org"), "$.people[1].org",
						"missing required field \"org\""),
				mistake("a relationship without type", (d) -> d.remove("relationships[0].type"),
						"$.relationships[0].type", "missing required field \"type\""),
				mistake("a relationship without from", (d) -> d.remove("relationships[1].from"),
						"$.relationships[1].from", "missing required field \"from\""),
				mistake("a relationship without to", (d) -> d.remove("relationships[2].to"), "$.relationships[2].to",
						"missing required field \"to\""),
				mistake("an INFLUENCES without strength", (d) -> d.remove("relationships[7].strength"),
						"$.relationships[7].strength", "missing required field \"strength\""),
				mistake("an ENGAGED without at", (d) -> d.remove("relationships[10].at"), "$.relationships[10].at",
						"missing required field \"at\""),
				mistake("an opportunity without id", (d) -> d.remove("opportunities[0].id"), "$.opportunities[0].id",
						"missing required field \"id\""),
				mistake("an opportunity without name", (d) -> d.remove("opportunities[0].name"),
						"$.opportunities[0].name", "missing required field \"name\""),
				mistake("an opportunity without account", (d) -> d.remove("opportunities[0].account"),
						"$.opportunities[0].account", "missing required field \"account\""),
				mistake("an opportunity without claimed stage", (d) -> d.remove("opportunities[0].claimedStage"),
						"$.opportunities[0].claimedStage", "missing required field \"claimedStage\""),
				mistake("an involvement without person", (d) -> d.remove(INVOLVEMENT + ".person"),
						"$." + INVOLVEMENT + ".person", "missing required field \"person\""),
				mistake("an involvement without role", (d) -> d.remove(INVOLVEMENT + ".role"),
						"$." + INVOLVEMENT + ".role", "missing required field \"role\""),
				mistake("an assessment without at", (d) -> d.remove(INVOLVEMENT + ".assessments[1].at"),
						"$." + INVOLVEMENT + ".assessments[1].at", "missing required field \"at\""),
				mistake("an unknown organization kind", (d) -> d.set("organizations[0].kind", "\"CLIENT\""),
						"$.organizations[0].kind", "unknown value \"CLIENT\", expected one of CUSTOMER, SELF"),
				mistake("an unknown relationship type", (d) -> d.set("relationships[0].type", "\"MANAGES\""),
						"$.relationships[0].type", "unknown value \"MANAGES\""),
				mistake("an unknown claimed stage", (d) -> d.set("opportunities[0].claimedStage", "\"NEGOTIATION\""),
						"$.opportunities[0].claimedStage", "unknown value \"NEGOTIATION\""),
				mistake("an unknown role", (d) -> d.set(INVOLVEMENT + ".role", "\"SPONSOR\""),
						"$." + INVOLVEMENT + ".role", "unknown value \"SPONSOR\""),
				mistake("an unknown stage", (d) -> d.set(INVOLVEMENT + ".assessments[0].stage", "\"DONE\""),
						"$." + INVOLVEMENT + ".assessments[0].stage", "unknown value \"DONE\""),
				mistake("an unknown attitude", (d) -> d.set(INVOLVEMENT + ".assessments[0].attitude", "\"HOSTILE\""),
						"$." + INVOLVEMENT + ".assessments[0].attitude", "unknown value \"HOSTILE\""),
				mistake("an unknown participation",
						(d) -> d.set(INVOLVEMENT + ".assessments[0].participation", "\"SOMETIMES\""),
						"$." + INVOLVEMENT + ".assessments[0].participation", "unknown value \"SOMETIMES\""),
				mistake("a duplicate organization id",
						(d) -> d.add("organizations", "{\"id\":\"huaxin\",\"name\":\"Again\",\"kind\":\"CUSTOMER\"}"),
						"$.organizations[3].id", "duplicate organization id \"huaxin\" (first at $.organizations[0])"),
				mistake("a duplicate person id",
						(d) -> d.add("people", "{\"id\":\"gm\",\"name\":\"Other\",\"org\":\"huaxin\"}"),
						"$.people[10].id", "duplicate person id \"gm\""),
				mistake("a duplicate relationship",
						(d) -> d.add("relationships", "{\"type\":\"REPORTS_TO\",\"from\":\"vp\",\"to\":\"gm\"}"),
						"$.relationships[18]", "duplicate relationship \"REPORTS_TO vp -> gm\""),
				mistake("a duplicate ENGAGED at the same moment",
						(d) -> d.add("relationships",
								"{\"type\":\"ENGAGED\",\"from\":\"me\",\"to\":\"gm\",\"at\":\"2015-06-01\"}"),
						"$.relationships[18]", "duplicate relationship \"ENGAGED me -> gm at 2015-06-01\""),
				mistake("a duplicate opportunity id",
						(d) -> d.add("opportunities",
								"{\"id\":\"mes\",\"name\":\"x\",\"account\":\"huaxin\",\"claimedStage\":\"TARGET\"}"),
						"$.opportunities[1].id", "duplicate opportunity id \"mes\""),
				mistake("a person involved twice",
						(d) -> d.add("opportunities[0].involvements", "{\"person\":\"gm\",\"role\":\"USER\"}"),
						"$.opportunities[0].involvements[6].person", "duplicate involvement of person \"gm\""),
				mistake("two assessments at the same date",
						(d) -> d.add(INVOLVEMENT + ".assessments", "{\"at\":\"2016-03-10\",\"stage\":\"INTENT\"}"),
						"$." + INVOLVEMENT + ".assessments[3].at", "duplicate assessment at \"2016-03-10\""),
				mistake("a reference to an unknown person", (d) -> d.set("relationships[3].to", "\"gm2\""),
						"$.relationships[3].to", "unknown person \"gm2\""),
				mistake("a reference to an unknown organization", (d) -> d.set("people[1].org", "\"nowhere\""),
						"$.people[1].org", "unknown organization \"nowhere\""),
				mistake("an opportunity of an unknown account", (d) -> d.set("opportunities[0].account", "\"acme\""),
						"$.opportunities[0].account", "unknown organization \"acme\""),
				mistake("an involvement of an unknown person", (d) -> d.set(INVOLVEMENT + ".person", "\"ghost\""),
						"$." + INVOLVEMENT + ".person", "unknown person \"ghost\""),
				mistake("a delegation for an unknown opportunity",
						(d) -> d.set("relationships[6].opportunity", "\"erp\""), "$.relationships[6].opportunity",
						"unknown opportunity \"erp\""),
				mistake("a strength of zero", (d) -> d.set("relationships[7].strength", "0"),
						"$.relationships[7].strength", "must be in (0,1], not 0"),
				mistake("a strength above one", (d) -> d.set("relationships[7].strength", "1.5"),
						"$.relationships[7].strength", "must be in (0,1], not 1.5"),
				mistake("a negative KNOWS strength", (d) -> d.set("relationships[9].strength", "-0.2"),
						"$.relationships[9].strength", "must be in (0,1], not -0.2"),
				mistake("a strength that is not a number", (d) -> d.set("relationships[7].strength", "\"strong\""),
						"$.relationships[7].strength", "must be a number in (0,1], not \"strong\""),
				mistake("a self-loop", (d) -> d.set("relationships[0].to", "\"vp\""), "$.relationships[0].to",
						"self-loops are not allowed"),
				mistake("a REPORTS_TO across organizations", (d) -> d.set("relationships[0].to", "\"me\""),
						"$.relationships[0]", "REPORTS_TO joins people of different organizations: \"vp\" (huaxin)"),
				mistake("an INFLUENCES across organizations", (d) -> d.set("relationships[7].from", "\"rival\""),
						"$.relationships[7]", "INFLUENCES joins people of different organizations"),
				mistake("a KNOWS inside one organization", (d) -> d.set("relationships[9].to", "\"vp\""),
						"$.relationships[9]", "KNOWS is a tie between people of different organizations"),
				mistake("a REPORTS_TO cycle",
						(d) -> d.add("relationships", "{\"type\":\"REPORTS_TO\",\"from\":\"gm\",\"to\":\"ctl\"}"),
						"$.relationships[18]", "REPORTS_TO cycle: gm -> ctl -> prod -> vp -> gm"),
				mistake("an ENGAGED from a customer's person", (d) -> d.set("relationships[10].from", "\"fin\""),
						"$.relationships[10].from", "ENGAGED must go from one of our people"),
				mistake("an ENGAGED between two of our people", (d) -> d.set("relationships[10].to", "\"cons\""),
						"$.relationships[10].to", "ENGAGED must reach a person of another organization"),
				mistake("an involvement of a person outside the account",
						(d) -> d.set(INVOLVEMENT + ".person", "\"rival\""), "$." + INVOLVEMENT + ".person",
						"\"rival\" belongs to autoctrl, not to the account huaxin"),
				mistake("an opportunity whose account is not a customer",
						(d) -> d.set("opportunities[0].account", "\"autoctrl\""), "$.opportunities[0].account",
						"the account \"autoctrl\" is a COMPETITOR organization"),
				mistake("an unparseable ENGAGED date", (d) -> d.set("relationships[10].at", "\"2015-13-01\""),
						"$.relationships[10].at", "unparseable date \"2015-13-01\""),
				mistake("an unparseable assessment date",
						(d) -> d.set(INVOLVEMENT + ".assessments[0].at", "\"yesterday\""),
						"$." + INVOLVEMENT + ".assessments[0].at", "unparseable date \"yesterday\""),
				mistake("an unparseable since", (d) -> d.set("relationships[9].since", "\"March 5\""),
						"$.relationships[9].since", "unparseable date \"March 5\""),
				mistake("an unparseable leftAt", (d) -> d.set("people[6].leftAt", "\"2016/03/01\""),
						"$.people[6].leftAt", "unparseable date \"2016/03/01\""),
				mistake("an unparseable asOf", (d) -> d.set("asOf", "\"13.03.2016\""), "$.asOf",
						"unparseable date \"13.03.2016\""),
				mistake("a negative amount", (d) -> d.set("opportunities[0].amount", "-5"), "$.opportunities[0].amount",
						"must not be negative"),
				mistake("a list that is not a list", (d) -> d.set("people", "{}"), "$.people", "must be a JSON array"));
	}

	private static Arguments mistake(String name, UnaryOperator<JsonEdit> edit, String path, String message) {
		return Arguments.of(named(name, edit), path, message);
	}

	@ParameterizedTest(name = "{0} is refused at {1}")
	@MethodSource("mistakes")
	void an_import_with_a_mistake_is_refused_at_its_path_and_writes_nothing(UnaryOperator<JsonEdit> edit, String path,
			String message) {
		String document = edit.apply(JsonEdit.of(HUAXIN)).json();
		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(document))
			.satisfies((ex) -> assertThat(ex.errors()).anySatisfy((error) -> assertThat(error.path()).startsWith(path))
				.anySatisfy((error) -> assertThat(error.message()).contains(message)));
		assertThat(TestGraph.size(this.client)).isEqualTo("0/0");
	}

	@Test
	void the_valid_scenario_itself_imports() {
		ImportResult result = this.exchange.importJson(HUAXIN);
		assertThat(result.people()).isEqualTo(10);
		assertThat(result.relationships()).isEqualTo(18);
		assertThat(result.assessments()).isEqualTo(9);
	}

	@Test
	void every_error_of_a_document_is_listed_at_once() {
		String document = JsonEdit.of(HUAXIN)
			.set("relationships[3].to", "\"gm2\"")
			.set("relationships[7].strength", "2")
			.remove("people[1].name")
			.json();
		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(document))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ImportError::toString)
				.containsExactlyInAnyOrder("$.people[1].name: missing required field \"name\"",
						"$.relationships[7].strength: must be in (0,1], not 2",
						"$.relationships[3].to: unknown person \"gm2\""));
	}

	@Test
	void text_that_is_not_json_is_refused_with_its_position() {
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.exchange.importJson("{\"format\": \"powermap/v1\", \"people\": [}"))
			.satisfies((ex) -> assertThat(ex.errors().get(0).message()).startsWith("not valid JSON at line 1"));
	}

	@Test
	void references_to_what_is_already_stored_are_known() {
		this.exchange.importJson(HUAXIN);
		String followUp = """
				{"format": "powermap/v1",
				 "people": [{"id": "new", "name": "New Engineer", "org": "huaxin"}],
				 "relationships": [{"type": "REPORTS_TO", "from": "new", "to": "it"},
				                   {"type": "ENGAGED", "from": "cons", "to": "new", "at": "2016-03-12"}],
				 "opportunities": [{"id": "mes", "name": "Production management system", "account": "huaxin",
				                    "claimedStage": "COMMERCIAL", "amount": 780000, "currency": "CNY",
				                    "involvements": [{"person": "new", "role": "USER"}]}]}
				""";
		ImportResult result = this.exchange.importJson(followUp);
		assertThat(result.nodesCreated()).isEqualTo(2);
	}

	@Test
	void a_cycle_closed_through_stored_reporting_lines_is_refused() {
		this.exchange.importJson(HUAXIN);
		String before = TestGraph.size(this.client);
		String closing = """
				{"format": "powermap/v1",
				 "relationships": [{"type": "REPORTS_TO", "from": "gm", "to": "buyer"}]}
				""";
		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(closing))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ImportError::toString)
				.containsExactly("$.relationships[0]: REPORTS_TO cycle: gm -> buyer -> vp -> gm"));
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

	@Test
	void a_reporting_line_reversed_by_a_dated_reorganization_is_not_a_cycle() {
		String reorg = """
				{"format": "powermap/v1",
				 "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"}],
				 "people": [{"id": "a", "name": "A", "org": "acme"}, {"id": "b", "name": "B", "org": "acme"}],
				 "relationships": [{"type": "REPORTS_TO", "from": "a", "to": "b", "until": "2020-01-01"},
				                   {"type": "REPORTS_TO", "from": "b", "to": "a", "since": "2020-01-01"}]}
				""";
		assertThat(this.exchange.importJson(reorg).relationships()).isEqualTo(2);
	}

	@Test
	void reusing_the_id_of_someone_in_another_organization_is_refused() {
		this.exchange.importJson(HUAXIN);
		String before = TestGraph.size(this.client);
		String clash = """
				{"format": "powermap/v1",
				 "organizations": [{"id": "acme", "name": "Acme", "kind": "CUSTOMER"}],
				 "people": [{"id": "buyer", "name": "Another Buyer", "org": "acme"}]}
				""";
		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(clash))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.toString())
					.startsWith("$.people[0].org: \"buyer\" is already a person of huaxin")));
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

}
