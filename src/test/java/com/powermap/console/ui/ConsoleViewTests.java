package com.powermap.console.ui;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.access.AccountAccess;
import com.powermap.console.ConsoleService;
import com.powermap.exchange.ExchangeService;
import com.powermap.risk.SavedQueryService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console page without a browser, on the Huaxin account (six REPORTS_TO between seven
 * people): a result with nodes can also be seen as a graph, one without cannot.
 */
@PowermapTest
@ViewPackages(classes = ConsoleView.class)
class ConsoleViewTests extends BrowserlessTest {

	@Autowired
	ConsoleService console;

	@Autowired
	SavedQueryService savedQueries;

	@Autowired
	AccountAccess access;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	ConsoleView view;

	@BeforeEach
	void huaxinAndThePage() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.view = new ConsoleView(this.console, this.savedQueries, this.access);
		UI.getCurrent().add(this.view);
	}

	@Test
	void a_result_with_nodes_offers_a_graph_tab_that_draws_its_nodes_and_relationships() {
		run("MATCH (p:Person)-[r:REPORTS_TO]->(m) RETURN p, r, m LIMIT 5");

		// The table comes first; the tabs offer the graph.
		assertThat(this.view.views.isVisible()).isTrue();
		assertThat(grid().isVisible()).isTrue();
		assertThat(this.view.showsGraph()).isFalse();
		assertThat(test(grid()).size()).isEqualTo(5);

		this.view.views.setSelectedIndex(1);

		assertThat(this.view.showsGraph()).isTrue();
		assertThat(this.view.graph.isVisible()).isTrue();
		assertThat(grid().isVisible()).isFalse();
		JsonNode data = (JsonNode) this.view.graph.getElement().getPropertyRaw("data");
		assertThat(data.get("mode").asString()).isEqualTo("generic");
		// Five REPORTS_TO, each between two of the seven people of Huaxin.
		assertThat(data.get("links")).hasSize(5);
		Set<String> nodes = new HashSet<>();
		data.get("nodes").forEach((n) -> {
			assertThat(n.get("labels").get(0).asString()).isEqualTo("Person");
			nodes.add(n.get("id").asString());
		});
		assertThat(nodes).hasSizeBetween(3, 7);
		data.get("links").forEach((l) -> {
			assertThat(l.get("type").asString()).isEqualTo("REPORTS_TO");
			assertThat(nodes).contains(l.get("from").asString(), l.get("to").asString());
		});
		assertThat(data.get("nodes").findValuesAsString("caption")).contains("Zhang Wei", "Li Qiang");
		assertThat(data.get("labels").get("graph").asString()).isEqualTo("Result graph");

		// Back to the table.
		this.view.views.setSelectedIndex(0);
		assertThat(this.view.showsGraph()).isFalse();
		assertThat(grid().isVisible()).isTrue();
	}

	@Test
	void a_result_without_nodes_shows_the_table_only_even_after_the_graph_was_chosen() {
		run("MATCH (p:Person {id: 'gm'}) RETURN p");
		this.view.views.setSelectedIndex(1);
		assertThat(this.view.showsGraph()).isTrue();

		run("MATCH (p:Person) RETURN p.name AS name, p.title AS title ORDER BY name");

		assertThat(this.view.views.isVisible()).isFalse();
		assertThat(this.view.showsGraph()).isFalse();
		assertThat(grid().isVisible()).isTrue();
		assertThat(test(grid()).size()).isEqualTo(10);
	}

	@Test
	void a_refused_query_hides_both_the_table_and_the_graph() {
		run("MATCH (p:Person {id: 'gm'}) RETURN p");
		this.view.views.setSelectedIndex(1);

		run("MATCH (n) DETACH DELETE n");

		assertThat(this.view.views.isVisible()).isFalse();
		assertThat(this.view.showsGraph()).isFalse();
		assertThat(grid().isVisible()).isFalse();
	}

	private void run(String query) {
		test($(TextArea.class).single()).setValue(query);
		test($(Button.class).withText("Run").single()).click();
	}

	private Grid<?> grid() {
		return this.view.grid;
	}

}
