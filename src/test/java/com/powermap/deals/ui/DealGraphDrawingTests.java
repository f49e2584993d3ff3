package com.powermap.deals.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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
import com.powermap.exchange.ExchangeService;
import com.powermap.graphview.GraphPayloadService;
import com.powermap.people.PeopleService;
import com.powermap.people.RelationshipType;
import com.powermap.people.RelationshipView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drawing an influence in the Huaxin deal's graph, without a browser: the browser's
 * {@code edge-draw} event, carrying two person ids, is fired at the graph element as
 * Vaadin would receive it. Only two people of the account open the relationship dialog,
 * prefilled; the dialog's checks and the service's apply to the save.
 */
@PowermapTest
// The panel is not a route: no routes are scanned (the deal views need Spring to build).
@ViewPackages(packages = "com.powermap.deals.ui.noroutes")
class DealGraphDrawingTests extends BrowserlessTest {

	@Autowired
	AnalysisService analysis;

	@Autowired
	GraphPayloadService graphs;

	@Autowired
	DealEditing editing;

	@Autowired
	PeopleService people;

	@Autowired
	UserService users;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	private final AtomicInteger saves = new AtomicInteger();

	DealGraphPanel panel;

	@BeforeEach
	void huaxinAndThePanel() {
		TestGraph.clean(this.client);
		// Imported and built as the system: some tests below run as a user who may not
		// change or even see Huaxin.
		AccountAccess.asSystem("test", () -> this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json")));
		TestUsers.create(this.users, "kam-huaxin", Role.KAM, "huaxin");
		TestUsers.create(this.users, "kam-other", Role.KAM);
		TestUsers.create(this.users, "reader", Role.ANALYST);
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.panel = AccountAccess.asSystem("test", () -> {
			DealAnalysis deal = this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN);
			return new DealGraphPanel(deal, this.graphs, new Grid<>());
		});
		this.panel.allowDrawing(this.editing, this.saves::incrementAndGet);
		UI.getCurrent().add(this.panel);
	}

	@Test
	void drawing_from_the_it_manager_to_the_vp_opens_the_dialog_prefilled_and_saves_through_its_checks() {
		assertThat(this.panel.graph().getElement().getProperty("drawable", false)).isTrue();

		drawn("it", "vp");

		RelationshipDialog dialog = $(RelationshipDialog.class).single();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.type.getValue()).isEqualTo(RelationshipType.INFLUENCES);
		assertThat(dialog.from.getValue().id()).isEqualTo("it");
		assertThat(dialog.to.getValue().id()).isEqualTo("vp");
		assertThat(dialog.strength.isVisible()).isTrue();

		// A strength outside (0,1] is refused at its field.
		dialog.strength.setValue(1.5);
		test(dialog.save).click();
		assertThat(dialog.strength.isInvalid()).isTrue();
		assertThat(this.saves).hasValue(0);
		assertThat(influence("it", "vp")).isNull();

		dialog.strength.setValue(0.4);
		test(dialog.save).click();

		assertThat(this.saves).hasValue(1);
		assertThat(dialog.isOpened()).isFalse();
		RelationshipView saved = influence("it", "vp");
		assertThat(saved).isNotNull();
		assertThat(saved.relationship().strength()).isEqualTo(0.4);
	}

	@Test
	void a_drawn_influence_naming_someone_outside_the_account_or_nobody_opens_no_dialog() {
		// Our Solution Consultant is in the graph but not in Huaxin; "ghost" is in no
		// graph.
		drawn("cons", "gm");
		drawn("gm", "rival");
		drawn("ghost", "gm");
		drawn("gm", "gm");

		assertThat($(RelationshipDialog.class).all()).isEmpty();
		assertThat($(Notification.class).all()).isNotEmpty();
		assertThat(this.saves).hasValue(0);
	}

	@Test
	void without_drawing_allowed_a_drawn_influence_is_dropped() {
		DealAnalysis deal = this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN);
		DealGraphPanel readOnly = new DealGraphPanel(deal, this.graphs, new Grid<>());
		UI.getCurrent().add(readOnly);

		assertThat(readOnly.graph().getElement().getProperty("drawable", false)).isFalse();
		fire(readOnly, "it", "vp");

		assertThat($(RelationshipDialog.class).all()).isEmpty();
	}

	@Test
	void an_administrator_may_draw() {
		assertThat(this.editing.mayChange("huaxin")).isTrue();
	}

	@Test
	@WithMockUser(username = "kam-huaxin", roles = "KAM")
	void the_key_account_manager_of_the_account_may_draw() {
		assertThat(this.editing.mayChange("huaxin")).isTrue();
	}

	@Test
	@WithMockUser(username = "kam-other", roles = "KAM")
	void another_key_account_manager_may_not() {
		assertThat(this.editing.mayChange("huaxin")).isFalse();
	}

	@Test
	@WithMockUser(username = "reader", roles = "ANALYST")
	void an_analyst_may_not() {
		assertThat(this.editing.mayChange("huaxin")).isFalse();
	}

	private void drawn(String from, String to) {
		fire(this.panel, from, to);
	}

	/** The DOM event as the web component sends it, with its detail's two ids. */
	private static void fire(DealGraphPanel panel, String from, String to) {
		Element element = panel.graph().getElement();
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.put("event.detail.from", from);
		data.put("event.detail.to", to);
		element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "edge-draw", data));
	}

	private RelationshipView influence(String from, String to) {
		return this.people.relationshipsOf("huaxin")
			.stream()
			.filter((r) -> r.relationship().type() == RelationshipType.INFLUENCES
					&& r.relationship().from().equals(from) && r.relationship().to().equals(to))
			.findFirst()
			.orElse(null);
	}

}
