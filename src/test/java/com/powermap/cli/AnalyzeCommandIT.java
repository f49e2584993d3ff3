package com.powermap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import com.powermap.JsonEdit;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code java -jar target/powermap.jar analyze ...} as a pipeline would run it, after the
 * jar is built ({@code ./mvnw verify} runs this in the integration-test phase).
 */
class AnalyzeCommandIT {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();

	record Run(int exit, String out, String err) {
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_scenario_gives_its_expected_analysis_on_standard_output() throws Exception {
		Run run = analyze(Path.of("src/test/resources/fixtures/huaxin-mes.json"));

		assertThat(run.exit()).as(run.err()).isZero();
		List<Map<String, Object>> results = MAPPER.readValue(run.out(), List.class);
		Map<String, Object> expected = ((List<Map<String, Object>>) MAPPER
			.readValue(TestGraph.resource("fixtures/huaxin-mes.expected.json"), List.class)).get(0);
		Map<String, Object> actual = results.get(0);
		assertThat(results).hasSize(1);
		for (String field : List.of("opportunity", "asOf", "effectiveStage", "stageGap", "riskScore")) {
			assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
		}
		assertThat(((Map<String, Object>) actual.get("mostInfluential")).get("person")).isEqualTo("gm");
		assertThat(actual.get("unreachedDecisionMakers").toString()).contains("warmPath=[cons, fin, gm]");
		assertThat((List<Map<String, Object>>) actual.get("risks")).extracting((r) -> r.get("code"))
			.containsExactlyInAnyOrder("STAGE_OVERSTATED", "UNREACHED_DECISION_MAKER", "COMPETITOR_TIE",
					"STAGE_REGRESSION");
		List<Map<String, Object>> influence = (List<Map<String, Object>>) actual.get("influence");
		List<Map<String, Object>> expectedInfluence = (List<Map<String, Object>>) expected.get("influence");
		for (int i = 0; i < expectedInfluence.size(); i++) {
			Map<String, Object> want = expectedInfluence.get(i);
			Map<String, Object> got = influence.stream()
				.filter((p) -> p.get("person").equals(want.get("person")))
				.findFirst()
				.orElseThrow();
			assertThat(((Number) got.get("influence")).doubleValue())
				.isCloseTo(((Number) want.get("influence")).doubleValue(), within(0.0015));
		}
		assertThat(run.err()).contains("analyze: imported");
	}

	@Test
	void a_refused_document_exits_2_with_its_errors_as_json_on_standard_error(@TempDir Path dir) throws Exception {
		Path document = dir.resolve("bad.json");
		Files.writeString(document,
				JsonEdit.of(TestGraph.resource("fixtures/huaxin-mes.json"))
					.set("relationships[3].to", "\"gm2\"")
					.json());

		Run run = analyze(document);

		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("\"path\" : \"$.relationships[3].to\"")
			.contains("\"message\" : \"unknown person \\\"gm2\\\"\"");
	}

	private static Run analyze(Path document) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path out = Files.createTempFile("analyze", ".out");
		Path err = Files.createTempFile("analyze", ".err");
		Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", "target/powermap.jar", "analyze",
				document.toString())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("analyze did not finish in 5 minutes");
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

}
