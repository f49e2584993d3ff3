package com.powermap.deals.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.Hypothesis;
import com.powermap.deals.WhatIfService;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if panel on the Huaxin deal as of 2016-03-13, without a browser. The GM, Zhang
 * Wei, is an unreached decision-maker whose warm path starts with our Solution
 * Consultant; nothing the panel does is stored.
 */
@PowermapTest
// The panel is not a route: no routes are scanned (the deal views need Spring to build).
@ViewPackages(packages = "com.powermap.deals.ui.noroutes")
class WhatIfPanelTests extends BrowserlessTest {

	@Autowired
	AnalysisService analysis;

	@Autowired
	WhatIfService whatIf;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@Autowired
	ObjectMapper mapper;

	WhatIfPanel panel;

	@BeforeEach
	void huaxinAndThePanel() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.panel = new WhatIfPanel(this.whatIf,
				this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN));
		UI.getCurrent().add(this.panel);
	}

	@Test
	void meeting_the_gm_suggests_the_first_person_of_the_warm_path_and_shows_them_reached_after() {
		String stored = export();
		assertThat(this.panel.run.isEnabled()).isFalse();

		test(this.panel.kind).selectItem("We meet");
		test(this.panel.person).selectItem("Zhang Wei (Decision maker, General Manager)");
		assertThat(this.panel.ourPerson.getValue().id()).isEqualTo("cons");
		test(this.panel.add).click();
		assertThat(this.panel.hypotheses()).containsExactly(new Hypothesis.Meeting("cons", "gm"));
		assertThat(this.panel.getElement().getTextRecursively()).contains("Solution Consultant meets Zhang Wei");

		test(this.panel.run).click();

		String result = this.panel.result.getElement().getTextRecursively();
		assertThat(result).contains("What-if only: nothing has been saved")
			.contains("Reached: Zhang Wei")
			.contains("Flag gone: Unreached decision-maker")
			.contains("Now")
			.contains("After the changes (not saved)");
		assertThat(export()).isEqualTo(stored);
	}

	@Test
	void when_the_gm_leaves_the_largest_influence_change_is_theirs() {
		test(this.panel.kind).selectItem("Leaves the company");
		test(this.panel.person).selectItem("Zhang Wei (Decision maker, General Manager)");
		test(this.panel.add).click();

		test(this.panel.run).click();

		@SuppressWarnings("unchecked")
		Grid<WhatIfComparison.InfluenceChange> grid = $(Grid.class, this.panel.result).single();
		assertThat(test(grid).getCellText(0, 0)).isEqualTo("Zhang Wei");
		assertThat(test(grid).getCellText(0, 2)).isEqualTo("left");
		assertThat(test(grid).getCellText(0, 3)).startsWith("-");
	}

	@Test
	void adding_without_a_stakeholder_marks_the_field_and_adds_nothing() {
		test(this.panel.add).click();

		assertThat(this.panel.person.isInvalid()).isTrue();
		assertThat(this.panel.hypotheses()).isEmpty();
		assertThat(this.panel.run.isEnabled()).isFalse();
	}

	@Test
	void clear_forgets_the_changes_and_the_result() {
		test(this.panel.person).selectItem("Zhang Wei (Decision maker, General Manager)");
		test(this.panel.add).click();
		test(this.panel.run).click();

		test(this.panel.clear).click();

		assertThat(this.panel.hypotheses()).isEmpty();
		assertThat(this.panel.result.getChildren()).isEmpty();
		assertThat(this.panel.run.isEnabled()).isFalse();
	}

	private String export() {
		return this.mapper.writeValueAsString(this.exchange.export(null));
	}

}
