package com.powermap.exchange;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.JsonEdit;
import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

/**
 * Issue 5, input hardening: text that looks like markup, code or Cypher is kept exactly
 * as written, and numbers outside what they may be are refused at their path.
 */
@PowermapTest
class InputHardeningTests {

	static final String HUAXIN = TestGraph.resource("fixtures/huaxin-mes.json");

	static final ObjectMapper MAPPER = JsonMapper.builder().build();

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void emptyDatabase() {
		TestGraph.clean(this.client);
	}

	static Stream<Arguments> texts() {
		return Stream.of(text("markup", "<script>alert('owned')</script><img src=x onerror=alert(1)>"),
				text("quotes, backticks and dollars",
						"O'Brien \"the boss\" `MATCH (n) DETACH DELETE n` $name ${name} {{name}} \\ %s"),
				text("Chinese and emoji", "张伟 总经理 👩‍💼🚀 🇨🇳"), text("right-to-left", "مدير المبيعات \u202Egnp.exe"),
				text("line breaks and tabs inside", "first line\nsecond\tline\r\nthird"),
				text("10,000 characters", "长".repeat(10_000)));
	}

	static Arguments text(String name, String value) {
		return Arguments.of(named(name, value));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void texts_are_stored_and_exported_verbatim(String text) {
		String json = JsonEdit.of(HUAXIN)
			.set("people[0].name", quoted(text))
			.set("people[0].title", quoted(text))
			.set("people[0].department", quoted(text))
			.set("relationships[7].note", quoted(text))
			.set("opportunities[0].name", quoted(text))
			.set("opportunities[0].involvements[0].assessments[0].note", quoted(text))
			.json();

		this.exchange.importJson(json);

		Map<String, Object> exported = this.exchange.export("huaxin");
		Map<?, ?> gm = byKey(exported.get("people"), "id", "gm");
		assertThat(gm.get("name")).isEqualTo(text);
		assertThat(gm.get("title")).isEqualTo(text);
		assertThat(gm.get("department")).isEqualTo(text);
		assertThat(exported.get("relationships")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.anySatisfy((r) -> assertThat(((Map<?, ?>) r).get("note")).isEqualTo(text));
		Map<?, ?> deal = byKey(exported.get("opportunities"), "id", "mes");
		assertThat(deal.get("name")).isEqualTo(text);
		assertThat(MAPPER.writeValueAsString(deal)).contains(MAPPER.writeValueAsString(text));
	}

	static Stream<Arguments> numbers() {
		return Stream.of(
				number("strength NaN as text", "relationships[7].strength", "\"NaN\"", "$.relationships[7].strength",
						"must be a number in (0,1], not \"NaN\""),
				number("strength beyond a double", "relationships[7].strength", "1e400", "$.relationships[7].strength",
						"must be in (0,1], not 1E+400"),
				number("strength negative huge", "relationships[7].strength", "-1e400", "$.relationships[7].strength",
						"must be in (0,1], not -1E+400"),
				number("strength a tiny bit above one", "relationships[7].strength", "1.0000000000000002",
						"$.relationships[7].strength", "must be in (0,1], not 1.0000000000000002"),
				number("amount beyond a double", "opportunities[0].amount", "1e400", "$.opportunities[0].amount",
						"must be at most 1000000000000000 (10^15), not 1E+400"),
				number("amount just above the largest", "opportunities[0].amount", "1000000000000000.5",
						"$.opportunities[0].amount",
						"must be at most 1000000000000000 (10^15), not 1000000000000000.5"),
				number("amount NaN as text", "opportunities[0].amount", "\"NaN\"", "$.opportunities[0].amount",
						"must be a number, not \"NaN\""),
				number("KNOWS strength above one", "relationships[9].strength", "2", "$.relationships[9].strength",
						"must be in (0,1], not 2"));
	}

	static Arguments number(String name, String field, String value, String path, String message) {
		return Arguments.of(named(name, field), value, path, message);
	}

	@ParameterizedTest
	@MethodSource("numbers")
	void numbers_outside_their_range_are_refused_at_their_path(String field, String value, String path,
			String message) {
		// Put in as text: a JSON library would turn 1e400 into Infinity on the way.
		String json = JsonEdit.of(HUAXIN).set(field, "\"@value@\"").json().replace("\"@value@\"", value);

		String before = TestGraph.size(this.client);

		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(json))
			.satisfies((ex) -> assertThat(ex.errors()).contains(new ImportError(path, message)));
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("literals")
	void a_nan_or_infinity_literal_is_not_json_and_is_refused_with_its_place(String literal) {
		String json = HUAXIN.replace("\"strength\": 0.4", "\"strength\": " + literal);
		assertThat(json).isNotEqualTo(HUAXIN);
		String before = TestGraph.size(this.client);

		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(json))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.message()).startsWith("not valid JSON at line 29, column ")));
		assertThat(TestGraph.size(this.client)).isEqualTo(before);
	}

	static List<String> literals() {
		return List.of("NaN", "Infinity", "-Infinity");
	}

	private static String quoted(String text) {
		return MAPPER.writeValueAsString(text);
	}

	private static Map<?, ?> byKey(Object list, String key, String value) {
		return ((List<?>) list).stream()
			.map(Map.class::cast)
			.filter((m) -> value.equals(m.get(key)))
			.findFirst()
			.orElseThrow();
	}

}
