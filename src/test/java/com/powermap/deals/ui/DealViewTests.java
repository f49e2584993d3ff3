package com.powermap.deals.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.access.AccountAccess;
import com.powermap.access.Role;
import com.powermap.access.TestUsers;
import com.powermap.access.UserService;
import com.powermap.base.Language;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.WhatIfService;
import com.powermap.exchange.ExchangeService;
import com.powermap.graphview.GraphPayloadService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Huaxin deal page without a browser, as each role sees it: whoever may change the
 * account (an administrator, its key-account manager) is offered every edit, an analyst,
 * whose saves the services would refuse, none, not even disabled.
 */
@PowermapTest
// The view is built here, with Spring's services: no routes are scanned.
@ViewPackages(packages = "com.powermap.deals.ui.noroutes")
class DealViewTests extends BrowserlessTest {

	/** The toolbar's edits. */
	private static final List<String> TOOLBAR = List.of("Add person", "Add relationship", "Log engagement",
			"Record assessment", "Edit deal");

	/** The edits of one stakeholder, in their grid row and in the side panel. */
	private static final List<String> STAKEHOLDER = List.of("Assess", "Role", "Person", "Engaged", "Add influence");

	@Autowired
	AnalysisService analysis;

	@Autowired
	GraphPayloadService graphs;

	@Autowired
	DealEditing editing;

	@Autowired
	WhatIfService whatIf;

	@Autowired
	UserService users;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		AccountAccess.asSystem("test", () -> this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json")));
		TestUsers.create(this.users, "kam-huaxin", Role.KAM, "huaxin");
		TestUsers.create(this.users, "reader", Role.ANALYST);
		UI.getCurrent().setLocale(Locale.ENGLISH);
	}

	@Test
	@WithMockUser(username = "reader", roles = "ANALYST")
	void an_analyst_sees_the_deal_without_a_single_edit_control() {
		DealView view = open();

		assertThat(buttons(view)).doesNotContainAnyElementsOf(TOOLBAR).doesNotContainAnyElementsOf(STAKEHOLDER);
		assertThat(headers(grid())).isNotEmpty().doesNotContain("Edit");
		assertThat(selectZhangWei()).doesNotContainAnyElementsOf(STAKEHOLDER);
		assertThat(drawable()).isFalse();
		// What-if stores nothing: an analyst keeps it.
		assertThat($(WhatIfPanel.class).from(view).single().isVisible()).isTrue();
	}

	@Test
	@WithMockUser(username = "kam-huaxin", roles = "KAM")
	void the_key_account_manager_of_the_account_sees_every_edit_control() {
		assertEveryEditControl(open());
	}

	@Test
	void an_administrator_sees_every_edit_control() {
		assertEveryEditControl(open());
	}

	private void assertEveryEditControl(DealView view) {
		assertThat(buttons(view)).containsAll(TOOLBAR);
		Grid<DealAnalysis.Stakeholder> grid = grid();
		assertThat(headers(grid)).contains("Edit");
		assertThat(buttons(test(grid).getCellComponent(0, headers(grid).indexOf("Edit"))))
			.containsExactlyElementsOf(STAKEHOLDER);
		assertThat(selectZhangWei()).containsAll(STAKEHOLDER);
		assertThat(drawable()).isTrue();
	}

	/** The deal page of Huaxin's MES deal, as the signed-in user sees it. */
	private DealView open() {
		DealView view = new DealView(this.analysis, this.graphs, this.editing, this.whatIf);
		UI.getCurrent().add(view);
		view.show(this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN));
		return view;
	}

	@SuppressWarnings("unchecked")
	private Grid<DealAnalysis.Stakeholder> grid() {
		return $(Grid.class).from($(DealGraphPanel.class).single()).single();
	}

	/**
	 * Selects Zhang Wei in the stakeholder grid.
	 * @return the texts of the buttons of the side panel that then shows him
	 */
	private List<String> selectZhangWei() {
		Grid<DealAnalysis.Stakeholder> grid = grid();
		int row = IntStream.range(0, test(grid).size())
			.filter((i) -> test(grid).getRow(i).person().equals("gm"))
			.findFirst()
			.orElseThrow();
		test(grid).select(row);
		StakeholderPanel panel = $(DealGraphPanel.class).single().stakeholderPanel();
		assertThat(panel.person()).isEqualTo("gm");
		return buttons(panel);
	}

	private boolean drawable() {
		return $(DealGraphPanel.class).single().graph().getElement().getProperty("drawable", false);
	}

	private List<String> headers(Grid<DealAnalysis.Stakeholder> grid) {
		return IntStream.range(0, grid.getColumns().size()).mapToObj((i) -> test(grid).getHeaderCell(i)).toList();
	}

	/** The texts of the buttons within a component. */
	private List<String> buttons(Component within) {
		return $(Button.class).from(within).all().stream().map(Button::getText).toList();
	}

}
