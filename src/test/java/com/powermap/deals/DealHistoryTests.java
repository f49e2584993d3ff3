package com.powermap.deals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.TestGraph;
import com.powermap.PowermapTest;
import com.powermap.base.Language;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline of the Huaxin MES deal: a day per assessment date with the effective stage
 * of that day.
 */
@PowermapTest
class DealHistoryTests {

	@Autowired
	DealHistory history;

	@Autowired
	AnalysisService analysis;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void the_timeline_shows_the_deal_moving_forward_to_commercial_and_back_to_solution() {
		// Zhang Wei, the most influential person, says Intent on 01-12, Commercial on
		// 02-25 and
		// Solution on 03-10: the deal reaches Commercial on 02-25 and goes back on 03-10.
		List<DealHistory.Day> timeline = this.history.timeline("mes", LocalDate.parse("2016-03-13"), Language.EN);

		assertThat(timeline).extracting(DealHistory.Day::day)
			.containsExactly(LocalDate.parse("2016-01-12"), LocalDate.parse("2016-01-20"),
					LocalDate.parse("2016-01-21"), LocalDate.parse("2016-02-10"), LocalDate.parse("2016-02-25"),
					LocalDate.parse("2016-03-10"));
		assertThat(timeline.get(0).move()).isEqualTo(DealHistory.Move.FIRST);
		assertThat(timeline.get(0).effectiveStage()).isEqualTo(Stage.INTENT);
		DealHistory.Day commercial = timeline.get(4);
		assertThat(commercial.effectiveStage()).isEqualTo(Stage.COMMERCIAL);
		assertThat(commercial.move()).isEqualTo(DealHistory.Move.FORWARD);
		assertThat(commercial.assessments()).extracting(DealHistory.Said::person).containsExactly("gm", "vp");
		DealHistory.Day back = timeline.get(5);
		assertThat(back.effectiveStage()).isEqualTo(Stage.SOLUTION);
		assertThat(back.move()).isEqualTo(DealHistory.Move.BACK);
		assertThat(back.assessments()).anyMatch((s) -> s.name().equals("Zhang Wei") && s.stage() == Stage.SOLUTION);
		// every day's stage is the analysis of that day, and every move follows from them
		for (int i = 0; i < timeline.size(); i++) {
			DealHistory.Day day = timeline.get(i);
			assertThat(day.effectiveStage())
				.isEqualTo(this.analysis.analyze("mes", day.day(), Language.EN).effectiveStage());
			if (i > 0 && day.move() == DealHistory.Move.FORWARD) {
				assertThat(day.effectiveStage()).isGreaterThan(timeline.get(i - 1).effectiveStage());
			}
		}
	}

	@Test
	void a_timeline_before_any_assessment_is_empty() {
		assertThat(this.history.timeline("mes", LocalDate.parse("2016-01-01"), Language.EN)).isEmpty();
	}

}
