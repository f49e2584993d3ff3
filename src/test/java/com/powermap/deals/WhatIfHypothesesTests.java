package com.powermap.deals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The what-if panel's questions on the Huaxin deal as of 2016-03-13. The GM (Zhang Wei,
 * decision-maker, the most influential person, at Solution and NEUTRAL since 2016-03-10,
 * PASSIVE since January, last met 2015-06-01) is what the deal hangs on; the VP is its
 * champion. Nothing of a what-if is stored.
 */
@PowermapTest
class WhatIfHypothesesTests {

	static final LocalDate DAY = LocalDate.parse("2016-03-13");

	@Autowired
	WhatIfService whatIf;

	@Autowired
	ExchangeService exchange;

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
	void winning_over_the_gm_changes_their_attitude_only_and_saves_nothing() {
		String stored = export();

		WhatIfService.WhatIf result = this.whatIf.whatIf("mes",
				List.of(new Hypothesis.WinOver("gm", Attitude.CHAMPION)), DAY, Language.EN);

		DealAnalysis.Stakeholder before = stakeholder(result.before(), "gm");
		DealAnalysis.Stakeholder after = stakeholder(result.after(), "gm");
		assertThat(before.attitude()).isEqualTo(Attitude.NEUTRAL);
		assertThat(after.attitude()).isEqualTo(Attitude.CHAMPION);
		assertThat(after.stage()).isEqualTo(Stage.SOLUTION);
		assertThat(after.stageSince()).isEqualTo(before.stageSince()).isEqualTo(LocalDate.parse("2016-03-10"));
		assertThat(after.participation()).isEqualTo(Participation.PASSIVE);
		assertThat(after.role()).isEqualTo(BuyingRole.DECISION_MAKER);
		assertThat(result.after().effectiveStage()).isEqualTo(Stage.SOLUTION);
		assertThat(result.after().amount()).isEqualTo(result.before().amount());
		assertThat(result.after().currency()).isEqualTo("CNY");
		assertThat(export()).isEqualTo(stored);
	}

	@Test
	void winning_over_on_the_day_of_an_assessment_keeps_the_stage_that_assessment_set() {
		// The GM's assessment of 2016-03-10 (Solution, NEUTRAL) is replaced by the
		// what-if's
		// of the same day; without its stage, the GM would fall back to Commercial
		// (02-25).
		WhatIfService.WhatIf result = this.whatIf.whatIf("mes",
				List.of(new Hypothesis.WinOver("gm", Attitude.CHAMPION)), LocalDate.parse("2016-03-10"), Language.EN);

		assertThat(stakeholder(result.after(), "gm").stage()).isEqualTo(Stage.SOLUTION);
		assertThat(stakeholder(result.after(), "gm").attitude()).isEqualTo(Attitude.CHAMPION);
		assertThat(result.after().effectiveStage()).isEqualTo(Stage.SOLUTION);
	}

	@Test
	void when_the_gm_leaves_they_drop_out_of_the_influence_and_the_unreached() {
		WhatIfService.WhatIf result = this.whatIf.whatIf("mes", List.of(new Hypothesis.Leaves("gm")), DAY, Language.EN);

		assertThat(result.before().influence()).extracting(DealAnalysis.PersonInfluence::person).contains("gm");
		assertThat(result.after().influence()).extracting(DealAnalysis.PersonInfluence::person).doesNotContain("gm");
		assertThat(result.after().unreachedDecisionMakers()).extracting(DealAnalysis.UnreachedDecisionMaker::person)
			.doesNotContain("gm");
		assertThat(result.after().mostInfluential()).isNotNull();
		assertThat(result.after().mostInfluential().person()).isNotEqualTo("gm");
	}

	@Test
	void a_meeting_and_a_win_together_reach_the_gm_and_make_them_champion() {
		String stored = export();

		WhatIfService.WhatIf result = this.whatIf.whatIf("mes",
				List.of(new Hypothesis.Meeting("cons", "gm"), new Hypothesis.WinOver("gm", Attitude.SUPPORTER)), DAY,
				Language.EN);

		assertThat(result.before().unreachedDecisionMakers()).extracting(DealAnalysis.UnreachedDecisionMaker::person)
			.contains("gm");
		assertThat(result.after().unreachedDecisionMakers()).extracting(DealAnalysis.UnreachedDecisionMaker::person)
			.doesNotContain("gm");
		assertThat(stakeholder(result.after(), "gm").reached()).isTrue();
		assertThat(stakeholder(result.after(), "gm").lastEngagedAt()).isEqualTo(DAY);
		assertThat(stakeholder(result.after(), "gm").attitude()).isEqualTo(Attitude.SUPPORTER);
		assertThat(export()).isEqualTo(stored);
	}

	@Test
	void someone_who_is_not_a_stakeholder_is_refused_by_name() {
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.whatIf.whatIf("mes",
					List.of(new Hypothesis.Leaves("gm"), new Hypothesis.WinOver("rival", Attitude.CHAMPION)), DAY,
					Language.EN))
			.satisfies((ex) -> assertThat(ex.errors()).containsExactly(new ImportError("hypotheses[1].person",
					"\"rival\" is not a stakeholder of deal mes on 2016-03-13")));
	}

	@Test
	void a_meeting_from_someone_who_is_not_one_of_us_is_refused_like_an_import() {
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.whatIf.whatIf("mes", List.of(new Hypothesis.Meeting("vp", "gm")), DAY, Language.EN))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ImportError::path)
				.containsExactly("$.relationships[0].from"));
	}

	@Test
	void no_hypothesis_is_refused() {
		assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.whatIf.whatIf("mes", List.of(), DAY, Language.EN))
			.withMessage("hypotheses: no change to try");
	}

	@Test
	void our_people_are_listed_by_name() {
		assertThat(this.whatIf.ourPeople(DAY)).containsExactly(new WhatIfService.OurPerson("me", "Key Account Manager"),
				new WhatIfService.OurPerson("cons", "Solution Consultant"));
	}

	private static DealAnalysis.Stakeholder stakeholder(DealAnalysis analysis, String person) {
		return analysis.stakeholders().stream().filter((s) -> s.person().equals(person)).findFirst().orElseThrow();
	}

	private String export() {
		return this.mapper.writeValueAsString(this.exchange.export(null));
	}

}
