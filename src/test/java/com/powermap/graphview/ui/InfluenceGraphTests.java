package com.powermap.graphview.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.powermap.graphview.GenericGraph;
import com.powermap.graphview.GraphFilter;
import com.powermap.graphview.GraphPayload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java side of the graph: what goes to the browser, and that ids coming back are
 * checked against what was sent.
 */
class InfluenceGraphTests {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void a_selection_naming_a_person_shown_reaches_the_listeners_and_anything_else_does_not() {
		InfluenceGraph graph = new InfluenceGraph();
		graph.setData(payload(), Map.of());
		List<String> selected = new ArrayList<>();
		graph.addSelectionListener(selected::add);

		assertThat(graph.select(NODES.stringNode("gm"))).contains("gm");
		// Someone of the account the payload did not include, an unknown id, an id of an
		// organization box, a number and nothing at all are dropped.
		assertThat(graph.select(NODES.stringNode("hidden"))).isEmpty();
		assertThat(graph.select(NODES.stringNode("<img src=x onerror=alert(1)>"))).isEmpty();
		assertThat(graph.select(NODES.stringNode("huaxin"))).isEmpty();
		assertThat(graph.select(NODES.numberNode(1))).isEmpty();
		assertThat(graph.select(NODES.nullNode())).isEmpty();
		assertThat(graph.select(null)).isEmpty();

		assertThat(selected).containsExactly("gm");
	}

	@Test
	void before_any_data_no_selection_is_accepted() {
		InfluenceGraph graph = new InfluenceGraph();

		assertThat(graph.select(NODES.stringNode("gm"))).isEmpty();
	}

	@Test
	void the_browser_gets_one_json_object_with_people_organizations_edges_and_labels() {
		JsonNode json = InfluenceGraph.toJson(payload(), Map.of("fit", "Fit"));

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("organizations", "people", "edges", "labels");
		assertThat(json.get("people").get(0).get("id").asString()).isEqualTo("gm");
		assertThat(json.get("people").get(0).get("attitude").asString()).isEqualTo("NEUTRAL");
		assertThat(json.get("edges").get(0).get("strength").asDouble()).isEqualTo(0.6);
		assertThat(json.get("labels").get("fit").asString()).isEqualTo("Fit");
	}

	@Test
	void an_influence_drawn_between_two_people_shown_reaches_the_listeners_only_when_drawing_is_allowed() {
		InfluenceGraph graph = new InfluenceGraph();
		graph.setData(payload(), Map.of());
		List<String> drawn = new ArrayList<>();
		graph.addDrawListener((from, to) -> drawn.add(from + "->" + to));

		// Not allowed yet: the server has not said this user may draw.
		assertThat(graph.draw(NODES.stringNode("fin"), NODES.stringNode("gm"))).isFalse();
		assertThat(graph.getElement().getProperty("drawable", false)).isFalse();

		graph.setDrawable(true);
		assertThat(graph.getElement().getProperty("drawable", false)).isTrue();
		assertThat(graph.draw(NODES.stringNode("fin"), NODES.stringNode("gm"))).isTrue();
		// A person the payload did not include, the same person twice, a number and
		// nothing are dropped.
		assertThat(graph.draw(NODES.stringNode("fin"), NODES.stringNode("hidden"))).isFalse();
		assertThat(graph.draw(NODES.stringNode("hidden"), NODES.stringNode("gm"))).isFalse();
		assertThat(graph.draw(NODES.stringNode("gm"), NODES.stringNode("gm"))).isFalse();
		assertThat(graph.draw(NODES.numberNode(1), NODES.stringNode("gm"))).isFalse();
		assertThat(graph.draw(NODES.stringNode("fin"), null)).isFalse();

		assertThat(drawn).containsExactly("fin->gm");
	}

	@Test
	void a_generic_graph_goes_to_the_browser_as_nodes_and_links_and_only_its_node_ids_come_back() {
		InfluenceGraph graph = new InfluenceGraph();
		graph.setData(payload(), Map.of());
		graph.setDrawable(true);
		List<String> selected = new ArrayList<>();
		graph.addSelectionListener(selected::add);
		List<String> drawn = new ArrayList<>();
		graph.addDrawListener((from, to) -> drawn.add(from + "->" + to));

		graph.setGraph(genericGraph(), Map.of("graph", "Result graph"));
		JsonNode json = (JsonNode) graph.getElement().getPropertyRaw("data");

		assertThat(json.get("mode").asString()).isEqualTo("generic");
		assertThat(json.get("nodes")).hasSize(2);
		assertThat(json.get("nodes").get(0).get("labels").get(0).asString()).isEqualTo("Person");
		assertThat(json.get("nodes").get(0).get("caption").asString()).isEqualTo("Li Qiang");
		// The relationship to a node the result did not return is left out.
		assertThat(json.get("links")).hasSize(1);
		assertThat(json.get("links").get(0).get("type").asString()).isEqualTo("REPORTS_TO");
		assertThat(json.get("links").get(0).get("from").asString()).isEqualTo("4:x:1");
		assertThat(json.get("labels").get("graph").asString()).isEqualTo("Result graph");
		assertThat(json.has("people")).isFalse();

		assertThat(graph.select(NODES.stringNode("4:x:2"))).contains("4:x:2");
		// The people of the payload shown before are not shown any more.
		assertThat(graph.select(NODES.stringNode("gm"))).isEmpty();
		assertThat(graph.select(NODES.stringNode("4:x:9"))).isEmpty();
		// No drawing on a generic graph, whatever was allowed before.
		assertThat(graph.draw(NODES.stringNode("4:x:1"), NODES.stringNode("4:x:2"))).isFalse();
		assertThat(selected).containsExactly("4:x:2");
		assertThat(drawn).isEmpty();
	}

	static GenericGraph genericGraph() {
		return new GenericGraph(
				List.of(new GenericGraph.Node("4:x:1", List.of("Person"), "Li Qiang", "(:Person {name: \"Li Qiang\"})"),
						new GenericGraph.Node("4:x:2", List.of("Person"), "Zhang Wei",
								"(:Person {name: \"Zhang Wei\"})")),
				List.of(new GenericGraph.Link("5:x:1", "REPORTS_TO", "4:x:1", "4:x:2", "[:REPORTS_TO]"),
						new GenericGraph.Link("5:x:2", "REPORTS_TO", "4:x:2", "4:x:9", "[:REPORTS_TO]")));
	}

	static GraphPayload payload() {
		return new GraphPayload("mes", "huaxin", LocalDate.of(2016, 3, 13),
				List.of(new GraphPayload.Organization("huaxin", "Huaxin", "CUSTOMER")),
				List.of(new GraphPayload.Person("gm", "Zhang Wei", "General Manager", "Management", "huaxin",
						"CUSTOMER", 0.35, "DECISION_MAKER", "NEUTRAL", "SOLUTION"),
						new GraphPayload.Person("fin", "Wang Fang", null, null, "huaxin", "CUSTOMER", 0.1, null, null,
								null)),
				List.of(new GraphPayload.Edge("INFLUENCES", "fin", "gm", 0.6, null, null, 1)), 3, true,
				GraphFilter.NONE, List.of(), List.of());
	}

}
