package com.powermap.exchange.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.organization.OrganizationService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import and export page without a browser: files go through the page's upload
 * handler, imports run on the calling thread, and what the page shows is read back.
 */
@PowermapTest
@ViewPackages(classes = ExchangeView.class)
class ExchangeViewTests extends BrowserlessTest {

	@Autowired
	ExchangeService exchange;

	@Autowired
	OrganizationService organizations;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	Neo4jClient client;

	ExchangeView view;

	@BeforeEach
	void huaxinAndThePage() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.view = new ExchangeView(this.exchange, this.organizations, this.mapper);
		this.view.runImportsWith(Runnable::run);
		UI.getCurrent().add(this.view);
	}

	@Test
	void a_refused_document_shows_every_error_with_its_path_and_writes_nothing() {
		String bad = """
				{"format": "powermap/v1",
				 "people": [{"id": "a", "name": "A", "org": "nowhere"}, {"id": "b", "org": "huaxin"}],
				 "relationships": [{"type": "INFLUENCES", "from": "a", "to": "gm", "strength": 2}]}
				""";
		var expected = assertThatExceptionOfType(InvalidDocumentException.class)
			.isThrownBy(() -> this.exchange.check(bad))
			.actual()
			.errors();
		String before = TestGraph.size(this.client);

		upload("bad.json", "application/json", bad.getBytes(StandardCharsets.UTF_8));

		assertThat(text(this.view.outcome))
			.contains("bad.json was refused and nothing was written. Errors: " + expected.size());
		@SuppressWarnings("unchecked")
		Grid<ImportError> grid = $(Grid.class, this.view.outcome).single();
		assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
		assertThat(test(grid).size()).isEqualTo(expected.size());
		for (int row = 0; row < expected.size(); row++) {
			assertThat(test(grid).getCellText(row, 0)).isEqualTo(expected.get(row).path());
			assertThat(test(grid).getCellText(row, 1)).isEqualTo(expected.get(row).message());
		}
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

	@Test
	void a_document_is_imported_and_its_counts_are_shown() {
		upload("huaxin.json", "application/json",
				TestGraph.resource("fixtures/huaxin-mes.json").getBytes(StandardCharsets.UTF_8));

		assertThat(text(this.view.outcome)).contains("huaxin.json was imported.")
			.contains("In the file: 3 organizations, 10 people, 18 relationships")
			.contains("New in the database: 0 nodes, 0 relationships");
	}

	@Test
	void an_org_chart_asks_for_its_organization_then_goes_into_it() {
		test(this.view.format).selectItem("an org chart (CSV)");
		byte[] csv = "id,name,title,department,manager_id\nnew,New Person,Analyst,IT,it\n"
			.getBytes(StandardCharsets.UTF_8);

		upload("chart.csv", "text/csv", csv);

		assertThat(this.view.target.isInvalid()).isTrue();
		assertThat(errorCell(1)).isEqualTo("Choose the organization the org chart belongs to, then upload it again.");

		test(this.view.target).selectItem("Huaxin Process Materials (huaxin)");
		upload("chart.csv", "text/csv", csv);

		assertThat(text(this.view.outcome)).contains("chart.csv was imported.")
			.contains("1 people, 1 relationships")
			.contains("New in the database: 1 nodes, 2 relationships");
	}

	@Test
	void a_file_over_the_limit_gets_a_clear_message_and_is_not_imported() {
		String before = TestGraph.size(this.client);

		upload("huge.json", "application/json", new byte[ExchangeView.MAX_BYTES + 1]);

		assertThat(text(this.view.outcome)).contains("huge.json was refused");
		assertThat(errorCell(1)).isEqualTo("The file is too large: at most 10 MB.");
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

	@Test
	void the_first_organization_can_be_downloaded_at_once() {
		assertThat(test(this.view.account).getSelected().id()).isEqualTo("huaxin");
		assertThat(this.view.documentLink.getHref()).isNotBlank();
		assertThat(this.view.orgChartLink.getHref()).isNotBlank();
		assertThat(this.view.everythingLink.getHref()).isNotBlank();
	}

	private void upload(String name, String type, byte[] bytes) {
		test(this.view.upload).upload(name, type, bytes);
		// The upload handler hands the file over with UI.access, and so does the import.
		roundTrip();
		roundTrip();
	}

	/** A column of the first row of the error grid. */
	private String errorCell(int column) {
		@SuppressWarnings("unchecked")
		Grid<ImportError> grid = $(Grid.class, this.view.outcome).single();
		return test(grid).getCellText(0, column);
	}

	private static String text(Component component) {
		return component.getElement().getTextRecursively();
	}

}
