package com.powermap.deals.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.exchange.ExchangeService;
import com.powermap.people.PeopleService;
import com.powermap.people.PersonChoice;
import com.powermap.people.PersonFields;
import com.powermap.people.RelationshipType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing dialogs on the server side, as a click on Save runs them: the import's
 * refusals land at the right field, nothing is written then, and a stale save asks
 * whether to reload or overwrite.
 */
@PowermapTest
class EditDialogsTests {

	private static final LocalDate MARCH_13 = LocalDate.parse("2016-03-13");

	@Autowired
	DealEditing editing;

	@Autowired
	AnalysisService analysis;

	@Autowired
	PeopleService people;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	private final AtomicInteger saves = new AtomicInteger();

	private DealAnalysis deal;

	/** Held here: Vaadin keeps the current UI only weakly. */
	private UI ui;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		this.ui = new UI();
		UI.setCurrent(this.ui);
		this.deal = this.analysis.analyze("mes", MARCH_13, Language.EN);
	}

	@AfterEach
	void noUi() {
		UI.setCurrent(null);
	}

	@Test
	void a_strength_above_1_is_marked_at_the_strength_field_and_nothing_is_saved() {
		RelationshipDialog dialog = new RelationshipDialog(this.editing, this.deal, this.saves::incrementAndGet);
		dialog.type.setValue(RelationshipType.INFLUENCES);
		choose(dialog.from, "it");
		choose(dialog.to, "vp");
		dialog.strength.setValue(1.5);

		dialog.save.click();

		assertThat(dialog.strength.isInvalid()).isTrue();
		assertThat(this.saves).hasValue(0);
		assertThat(this.people.relationshipsOf("huaxin"))
			.noneMatch((r) -> r.relationship().type() == RelationshipType.INFLUENCES
					&& r.relationship().from().equals("it") && r.relationship().to().equals("vp"));
	}

	@Test
	void a_reports_to_that_closes_a_cycle_is_marked_at_the_manager_field_with_the_imports_message() {
		RelationshipDialog dialog = new RelationshipDialog(this.editing, this.deal, this.saves::incrementAndGet);
		dialog.type.setValue(RelationshipType.REPORTS_TO);
		choose(dialog.from, "gm");
		choose(dialog.to, "prod");

		dialog.save.click();

		assertThat(dialog.to.isInvalid()).isTrue();
		assertThat(dialog.to.getErrorMessage()).startsWith("REPORTS_TO cycle");
		assertThat(dialog.from.isInvalid()).isFalse();
		assertThat(this.saves).hasValue(0);
	}

	@Test
	void an_engagement_from_a_customer_person_is_marked_at_the_from_field() {
		EngagementDialog dialog = new EngagementDialog(this.editing, this.deal, "gm", this.saves::incrementAndGet);
		choose(dialog.from, "vp");

		dialog.save.click();

		assertThat(dialog.from.isInvalid()).isTrue();
		assertThat(dialog.from.getErrorMessage()).startsWith("ENGAGED must go from one of our people");
		assertThat(this.saves).hasValue(0);
	}

	@Test
	void a_valid_influence_is_saved_and_the_deal_view_is_told() {
		RelationshipDialog dialog = new RelationshipDialog(this.editing, this.deal, this.saves::incrementAndGet);
		dialog.type.setValue(RelationshipType.INFLUENCES);
		choose(dialog.from, "it");
		choose(dialog.to, "vp");
		dialog.strength.setValue(0.5);

		dialog.save.click();

		assertThat(this.saves).hasValue(1);
		assertThat(this.people.relationshipsOf("huaxin")).anyMatch((r) -> r.relationship().from().equals("it")
				&& r.relationship().to().equals("vp") && r.relationship().strength() == 0.5);
	}

	@Test
	void a_person_saved_after_someone_else_asks_and_overwrites_when_told_to() {
		PersonDialog dialog = new PersonDialog(this.editing, "huaxin", "gm", this.saves::incrementAndGet);
		this.people.update("gm", 0, new PersonFields("Zhang Wei", "Chairman", null, null, "huaxin", null));
		dialog.title.setValue("CEO");

		dialog.save.click();

		assertThat(dialog.asked).isNotNull();
		assertThat(this.people.person("gm").title()).isEqualTo("Chairman");
		assertThat(this.saves).hasValue(0);

		dialog.asked.overwriteButton.click();

		assertThat(this.people.person("gm").title()).isEqualTo("CEO");
		assertThat(this.people.person("gm").version()).isEqualTo(2);
		assertThat(this.saves).hasValue(1);
	}

	@Test
	void a_person_saved_after_someone_else_can_reload_their_version_instead() {
		PersonDialog dialog = new PersonDialog(this.editing, "huaxin", "gm", this.saves::incrementAndGet);
		this.people.update("gm", 0, new PersonFields("Zhang Wei", "Chairman", null, null, "huaxin", null));
		dialog.title.setValue("CEO");
		dialog.save.click();

		dialog.asked.reloadButton.click();

		assertThat(dialog.title.getValue()).isEqualTo("Chairman");
		assertThat(this.people.person("gm").title()).isEqualTo("Chairman");
		dialog.department.setValue("Board");
		dialog.save.click();
		assertThat(this.people.person("gm").department()).isEqualTo("Board");
		assertThat(this.saves).hasValue(1);
	}

	@Test
	void an_assessment_recorded_for_a_preselected_stakeholder_moves_the_effective_stage() {
		AssessmentDialog dialog = new AssessmentDialog(this.editing, this.deal, "gm", this.saves::incrementAndGet);
		assertThat(dialog.person.getValue().id()).isEqualTo("gm");
		dialog.day.setValue(LocalDate.parse("2016-03-12"));
		dialog.stage.setValue(Stage.COMMERCIAL);

		dialog.save.click();

		assertThat(this.saves).hasValue(1);
		assertThat(this.analysis.analyze("mes", MARCH_13, Language.EN).effectiveStage()).isEqualTo(Stage.COMMERCIAL);
	}

	private static void choose(ComboBox<PersonChoice> box, String id) {
		box.setValue(box.getListDataView().getItems().filter((p) -> p.id().equals(id)).findFirst().orElseThrow());
	}

}
