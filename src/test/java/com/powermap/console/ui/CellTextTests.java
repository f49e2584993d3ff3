package com.powermap.console.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.powermap.console.ConsoleResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the console's table shows the values of a result: as text in Cypher's notation,
 * never as markup.
 */
class CellTextTests {

	@Test
	void nodes_relationships_and_paths_read_as_cypher() {
		Map<String, Object> zhang = new LinkedHashMap<>();
		zhang.put("id", "zhang");
		zhang.put("name", "Zhang Wei");
		ConsoleResult.Node a = new ConsoleResult.Node("4:x:1", List.of("Person"), zhang);
		ConsoleResult.Node b = new ConsoleResult.Node("4:x:2", List.of("Person"), Map.of("id", "gm"));
		ConsoleResult.Relationship knows = new ConsoleResult.Relationship("5:x:1", "REPORTS_TO", "4:x:1", "4:x:2",
				Map.of());
		ConsoleResult.Relationship back = new ConsoleResult.Relationship("5:x:2", "INFLUENCES", "4:x:2", "4:x:1",
				Map.of("strength", 0.5));

		assertThat(CellText.of(a)).isEqualTo("(:Person {id: \"zhang\", name: \"Zhang Wei\"})");
		assertThat(CellText.of(knows)).isEqualTo("[:REPORTS_TO]");
		assertThat(CellText.of(new ConsoleResult.Path(List.of(a, b, a), List.of(knows, back))))
			.isEqualTo("(:Person {id: \"zhang\", name: \"Zhang Wei\"})-[:REPORTS_TO]->(:Person {id: \"gm\"})"
					+ "-[:INFLUENCES {strength: 0.5}]->(:Person {id: \"zhang\", name: \"Zhang Wei\"})");
	}

	@Test
	void plain_values_stay_as_they_are() {
		assertThat(CellText.of(null)).isEqualTo("null");
		assertThat(CellText.of("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
		assertThat(CellText.of(List.of("a", 1L, List.of()))).isEqualTo("[\"a\", 1, []]");
		assertThat(CellText.of(42L)).isEqualTo("42");
	}

}
