package com.powermap.deals;

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
import com.powermap.base.Language;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.people.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing the Huaxin MES deal: its fields against a version, involvements, and
 * assessments that are only ever added.
 */
@PowermapTest
class OpportunityEditingTests {

	private static final LocalDate MARCH_13 = LocalDate.parse("2016-03-13");

	@Autowired
	OpportunityService opportunities;

	@Autowired
	AnalysisService analysis;

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
	void a_new_assessment_of_the_most_influential_person_moves_the_effective_stage_and_keeps_the_history() {
		// Zhang Wei (gm) is the most influential role; at Solution since 2016-03-10, so
		// the
		// deal is at Solution. Assessed at Commercial on the 12th, the deal is at
		// Commercial
		// as of the 13th, and still at Solution as of the 11th.
		assertThat(this.analysis.analyze("mes", MARCH_13, Language.EN).effectiveStage()).isEqualTo(Stage.SOLUTION);

		this.opportunities.recordAssessment("mes", new NewAssessment("gm", LocalDate.parse("2016-03-12"),
				Stage.COMMERCIAL, Attitude.SUPPORTER, null, "budget confirmed", null));

		assertThat(this.analysis.analyze("mes", MARCH_13, Language.EN).effectiveStage()).isEqualTo(Stage.COMMERCIAL);
		assertThat(this.analysis.analyze("mes", LocalDate.parse("2016-03-11"), Language.EN).effectiveStage())
			.isEqualTo(Stage.SOLUTION);
		assertThat(assessmentsOf("gm")).isEqualTo(4);
	}

	@Test
	void two_assessments_of_one_person_on_one_day_both_stay_and_the_later_one_counts() {
		LocalDate day = LocalDate.parse("2016-03-12");
		this.opportunities.recordAssessment("mes",
				new NewAssessment("gm", day, Stage.COMMERCIAL, null, null, null, null));
		this.opportunities.recordAssessment("mes",
				new NewAssessment("gm", day, Stage.APPROVAL, null, null, null, null));

		assertThat(assessmentsOf("gm")).isEqualTo(5);
		assertThat(this.analysis.analyze("mes", MARCH_13, Language.EN).effectiveStage()).isEqualTo(Stage.APPROVAL);
	}

	@Test
	void an_assessment_of_someone_not_involved_needs_their_role_and_an_empty_one_is_refused() {
		InvalidDocumentException noRole = catchThrowableOfType(InvalidDocumentException.class, () -> this.opportunities
			.recordAssessment("mes", new NewAssessment("buyer", MARCH_13, Stage.SOLUTION, null, null, null, null)));
		InvalidDocumentException empty = catchThrowableOfType(InvalidDocumentException.class, () -> this.opportunities
			.recordAssessment("mes", new NewAssessment("gm", MARCH_13, null, null, null, " ", null)));
		InvalidDocumentException outsider = catchThrowableOfType(InvalidDocumentException.class,
				() -> this.opportunities.recordAssessment("mes",
						new NewAssessment("rival", MARCH_13, Stage.SOLUTION, null, null, null, BuyingRole.USER)));

		assertThat(noRole.errors()).extracting(ImportError::path).containsExactly("$.role");
		assertThat(empty.errors()).extracting(ImportError::path).containsExactly("$");
		assertThat(outsider.errors()).extracting(ImportError::path).containsExactly("$.person");
		assertThat(outsider.errors().get(0).message()).contains("autoctrl");

		this.opportunities.recordAssessment("mes",
				new NewAssessment("buyer", MARCH_13, Stage.SOLUTION, null, null, null, BuyingRole.GATEKEEPER));
		assertThat(this.analysis.analyze("mes", MARCH_13, Language.EN).stakeholders())
			.anyMatch((s) -> s.person().equals("buyer") && s.role() == BuyingRole.GATEKEEPER);
	}

	@Test
	void a_role_changes_and_the_assessments_stay() {
		this.opportunities.saveInvolvement("mes", "vp", BuyingRole.APPROVER);

		assertThat(this.analysis.analyze("mes", MARCH_13, Language.EN).stakeholders()).anyMatch(
				(s) -> s.person().equals("vp") && s.role() == BuyingRole.APPROVER && s.stage() == Stage.COMMERCIAL);
		assertThat(assessmentsOf("vp")).isEqualTo(2);
	}

	@Test
	void an_import_between_reading_and_saving_makes_the_save_stale_instead_of_overwriting_it() {
		OpportunityDetails mes = this.opportunities.opportunity("mes");
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "opportunities": [{"id": "mes", "name": "MES", "account": "huaxin", "claimedStage": "SOLUTION"}]}
				""");

		StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
				() -> this.opportunities.update("mes", mes.version(),
						new OpportunityFields(mes.name(), Stage.CLOSED, mes.amount(), mes.currency())));

		assertThat(stale.current()).isEqualTo(mes.version() + 1);
		assertThat(this.opportunities.opportunity("mes").claimedStage()).isEqualTo(Stage.SOLUTION);
	}

	@Test
	void an_opportunity_saved_with_a_stale_version_is_refused_and_keeps_the_first_save() {
		OpportunityDetails mes = this.opportunities.opportunity("mes");
		this.opportunities.update("mes", mes.version(),
				new OpportunityFields(mes.name(), Stage.SOLUTION, mes.amount(), mes.currency()));

		StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
				() -> this.opportunities.update("mes", mes.version(),
						new OpportunityFields(mes.name(), Stage.CLOSED, mes.amount(), mes.currency())));

		assertThat(stale.current()).isEqualTo(mes.version() + 1);
		assertThat(this.opportunities.opportunity("mes").claimedStage()).isEqualTo(Stage.SOLUTION);
		assertThat(this.opportunities.opportunity("mes").amount()).isEqualByComparingTo("780000");
	}

	@Test
	void concurrent_assessment_posts_are_all_stored() throws Exception {
		int writers = 8;
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String body = "{\"person\": \"prod\", \"day\": \"2016-03-12\", \"stage\": \"COMMERCIAL\", \"note\": \"post "
					+ i + "\"}";
			posts.add(
					() -> this.mvc
						.perform(post("/api/opportunities/mes/assessments").contentType(MediaType.APPLICATION_JSON)
							.content(body)
							// Each writer's own thread signs in for itself.
							.with(user("writer").roles("KAM", "ADMIN")))
						.andReturn()
						.getResponse()
						.getStatus());
		}

		assertThat(AtOnce.run(posts)).containsOnly(201);
		assertThat(assessmentsOf("prod")).isEqualTo(1 + writers);
		long notes = this.client
			.query("MATCH (a:Assessment {opportunity: 'mes', person: 'prod'}) WHERE a.note STARTS WITH 'post ' "
					+ "RETURN count(DISTINCT a.note) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(notes).isEqualTo(writers);
	}

	@Test
	void the_rest_api_reads_an_opportunity_with_its_version_and_saves_against_it() throws Exception {
		this.mvc.perform(get("/api/opportunities/mes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.claimedStage").value("COMMERCIAL"))
			.andExpect(jsonPath("$.version").value(0));
		String body = """
				{"version": 0, "name": "Production management system", "claimedStage": "SOLUTION",
				 "amount": 800000, "currency": "CNY"}
				""";
		this.mvc.perform(put("/api/opportunities/mes").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(put("/api/opportunities/mes").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].path").value("$.version"));
		this.mvc
			.perform(put("/api/opportunities/mes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"name\": \"MES\", \"amount\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.claimedStage"));
		this.mvc
			.perform(put("/api/opportunities/mes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"name\": \"MES\", \"claimedStage\": \"WON\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$"));
		this.mvc
			.perform(put("/api/opportunities/nope").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"name\": \"MES\", \"claimedStage\": \"INTENT\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/opportunities/mes"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.amount").value(800000));
		this.mvc
			.perform(post("/api/opportunities/mes/assessments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"person\": \"nobody\", \"stage\": \"SOLUTION\", \"role\": \"USER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.person"));
	}

	private long assessmentsOf(String person) {
		return this.client.query("MATCH (a:Assessment {opportunity: 'mes', person: $person}) RETURN count(a) AS n")
			.bind(person)
			.to("person")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}
