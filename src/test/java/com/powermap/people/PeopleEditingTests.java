package com.powermap.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.powermap.AtOnce;
import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adding and editing people and relationships on the Huaxin account: every edit is
 * checked like an import, its errors name the field of the edit, and two editors of one
 * person never silently overwrite each other.
 */
@PowermapTest
class PeopleEditingTests {

	@Autowired
	PeopleService people;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void an_added_person_gets_an_id_from_their_name_and_starts_at_version_0() {
		PersonDetails added = this.people
			.add(new PersonFields("Li Na", "Quality Manager", "Production", null, "huaxin", null));
		PersonDetails again = this.people.add(new PersonFields("Li Na", null, null, null, "huaxin", null));

		assertThat(added.id()).isEqualTo("li-na");
		assertThat(added.version()).isZero();
		assertThat(added.orgKind()).isEqualTo("CUSTOMER");
		assertThat(again.id()).startsWith("li-na-").isNotEqualTo("li-na");
		assertThat(this.people.person("li-na").title()).isEqualTo("Quality Manager");
	}

	@Test
	void an_added_person_needs_a_name_and_a_known_organization() {
		InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
				() -> this.people.add(new PersonFields("Li Na", null, null, null, "nowhere", null)));

		assertThat(refused.errors()).containsExactly(new ImportError("$.org", "unknown organization \"nowhere\""));
		assertThat(this.people.choicesFor("huaxin")).noneMatch((p) -> p.name().equals("Li Na"));
	}

	@Test
	void an_import_between_reading_and_saving_makes_the_save_stale_instead_of_overwriting_it() {
		PersonDetails gm = this.people.person("gm");
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "people": [{"id": "gm", "name": "Zhang Wei", "title": "Chairman", "org": "huaxin"}]}
				""");

		StaleVersionException stale = catchThrowableOfType(StaleVersionException.class, () -> this.people.update("gm",
				gm.version(), new PersonFields("Zhang Wei", "CEO", null, null, "huaxin", null)));

		assertThat(stale.current()).isEqualTo(gm.version() + 1);
		assertThat(this.people.person("gm").title()).isEqualTo("Chairman");
	}

	@Test
	void a_save_with_the_version_read_counts_the_version_up_and_a_stale_one_is_refused() {
		PersonDetails gm = this.people.person("gm");
		long saved = this.people.update("gm", gm.version(),
				new PersonFields("Zhang Wei", "Chairman", gm.department(), gm.email(), "huaxin", null));

		StaleVersionException stale = catchThrowableOfType(StaleVersionException.class, () -> this.people.update("gm",
				gm.version(), new PersonFields("Zhang Wei", "CEO", null, null, "huaxin", null)));

		assertThat(saved).isEqualTo(gm.version() + 1);
		assertThat(stale.current()).isEqualTo(saved);
		assertThat(this.people.person("gm").title()).isEqualTo("Chairman");
		assertThat(this.people.person("gm").version()).isEqualTo(saved);
	}

	@Test
	void a_refused_edit_writes_nothing_not_even_the_version() {
		long version = this.people.person("vp").version();
		InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
				() -> this.people.update("vp", version, new PersonFields(" ", null, null, null, "huaxin", null)));

		assertThat(refused.errors()).extracting(ImportError::path).containsExactly("$.name");
		assertThat(this.people.person("vp").version()).isEqualTo(version);
		assertThat(this.people.person("vp").name()).isEqualTo("Li Qiang");
	}

	@Test
	void of_many_editors_saving_the_same_version_at_once_exactly_one_succeeds() throws Exception {
		int editors = 8;
		long version = this.people.person("fin").version();
		List<Callable<String>> saves = new ArrayList<>();
		for (int i = 0; i < editors; i++) {
			String title = "Finance Director " + i;
			saves.add(() -> {
				try {
					this.people.update("fin", version,
							new PersonFields("Wang Fang", title, null, null, "huaxin", null));
					return title;
				}
				catch (StaleVersionException ex) {
					return "stale";
				}
			});
		}

		List<String> winners = AtOnce.run(saves).stream().filter((r) -> !r.equals("stale")).toList();

		assertThat(winners).hasSize(1);
		PersonDetails fin = this.people.person("fin");
		assertThat(fin.version()).isEqualTo(version + 1);
		assertThat(fin.title()).isEqualTo(winners.get(0));
	}

	@Test
	void a_strength_outside_0_1_is_refused_at_the_strength_field() {
		InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
				() -> this.people.saveRelationship(
						new Relationship(RelationshipType.INFLUENCES, "it", "vp", 1.5, null, null, null, null, null)));

		assertThat(refused.errors()).extracting(ImportError::path).containsExactly("$.strength");
		assertThat(refused.errors().get(0).message()).contains("(0,1]");
	}

	@Test
	void a_reports_to_that_closes_a_cycle_is_refused_and_names_the_cycle() {
		InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> this.people
			.saveRelationship(
					new Relationship(RelationshipType.REPORTS_TO, "gm", "prod", null, null, null, null, null, null)));

		assertThat(refused.errors()).hasSize(1);
		assertThat(refused.errors().get(0).path()).isEqualTo("$");
		assertThat(refused.errors().get(0).message()).startsWith("REPORTS_TO cycle").contains("gm").contains("prod");
	}

	@Test
	void an_engagement_from_someone_who_is_not_one_of_our_people_is_refused_at_from() {
		InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
				() -> this.people.logEngagement("vp", "gm", LocalDate.parse("2016-03-12"), "MEETING", null));

		assertThat(refused.errors()).extracting(ImportError::path).containsExactly("$.from");
	}

	@Test
	void a_logged_engagement_and_a_new_influence_are_stored_and_an_ended_relationship_keeps_its_history() {
		this.people.logEngagement("me", "gm", LocalDate.parse("2016-03-12"), "MEETING", "lunch");
		this.people.saveRelationship(
				new Relationship(RelationshipType.INFLUENCES, "it", "vp", 0.3, null, "trusted", null, null, null));
		this.people.endRelationship(RelationshipType.INFLUENCES, "fin", "gm", null, LocalDate.parse("2016-03-01"));

		List<RelationshipView> relationships = this.people.relationshipsOf("huaxin");
		assertThat(relationships).extracting(RelationshipView::relationship)
			.contains(new Relationship(RelationshipType.INFLUENCES, "it", "vp", 0.3, null, "trusted", null, null, null))
			.contains(new Relationship(RelationshipType.INFLUENCES, "fin", "gm", 0.6, null, null, null, null,
					LocalDate.parse("2016-03-01")));
		long engaged = this.client
			.query("MATCH (:Person {id: 'me'})-[r:ENGAGED {at: date('2016-03-12')}]->(:Person {id: 'gm'}) "
					+ "RETURN count(r) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(engaged).isOne();
	}

	@Test
	void ending_a_relationship_that_does_not_exist_says_so() {
		InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
				() -> this.people.endRelationship(RelationshipType.KNOWS, "vp", "rival", null, LocalDate.now()));

		assertThat(refused.errors().get(0).message()).isEqualTo("there is no KNOWS from \"vp\" to \"rival\"");
	}

	@Test
	void the_rest_api_reads_a_person_with_their_version_and_saves_against_it() throws Exception {
		this.mvc.perform(get("/api/people/gm"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Zhang Wei"))
			.andExpect(jsonPath("$.version").value(0));
		String body = """
				{"version": 0, "name": "Zhang Wei", "title": "Chairman", "org": "huaxin"}
				""";
		this.mvc.perform(put("/api/people/gm").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(put("/api/people/gm").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].path").value("$.version"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("version 1")));
		this.mvc
			.perform(put("/api/people/gm").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"title\": \"Chairman\", \"org\": \"huaxin\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.name"));
		this.mvc
			.perform(put("/api/people/gm").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Zhang Wei\", \"org\": \"huaxin\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.version"));
		this.mvc
			.perform(put("/api/people/nobody").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"name\": \"X\", \"org\": \"huaxin\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].message").value("unknown person \"nobody\""));
		this.mvc.perform(get("/api/people/nobody")).andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/people/gm").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": \"one\", \"name\": \"X\", \"org\": \"huaxin\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$"));
	}

}
