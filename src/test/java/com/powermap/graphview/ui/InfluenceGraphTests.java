package com.powermap.graphview.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

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
