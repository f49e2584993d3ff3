package com.powermap.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/powermap.jar bench --scale S --smoke} on the built jar: the
 * database answers equal the floor's, and the files have the shape issue 6 fixes. Timings
 * are not checked.
 */
class BenchCommandIT {

	@Test
	@SuppressWarnings("unchecked")
	void a_smoke_run_at_scale_s_matches_the_floor_and_writes_its_files(@TempDir Path dir) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path out = dir.resolve("out.txt");
		Path err = dir.resolve("err.txt");
		Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", "target/powermap.jar", "bench",
				"--scale", "S", "--smoke", "--out", dir.resolve("results").toString())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("bench did not finish in 10 minutes");
		}
		String errors = Files.readString(err, StandardCharsets.UTF_8);

		assertThat(process.exitValue()).as(errors).isZero();
		Map<String, Object> results = JsonMapper.builder()
			.build()
			.readValue(dir.resolve("results/results.json").toFile(), Map.class);
		assertThat(results).containsOnlyKeys("scale", "machine", "answersMatchFloor", "operations");
		assertThat(results.get("scale")).isEqualTo("S");
		assertThat(results.get("answersMatchFloor")).isEqualTo(true);
		assertThat((Map<String, Object>) results.get("machine")).containsKeys("cores", "memoryBytes", "jvm", "os");
		List<Map<String, Object>> operations = (List<Map<String, Object>>) results.get("operations");
		assertThat(operations).extracting((o) -> o.get("name"))
			.containsExactly("import", "deal-analysis", "portfolio-scan", "graph-payload");
		assertThat(operations.get(0)).containsOnlyKeys("name", "relationshipsPerS", "floorRelationshipsPerS");
		assertThat(operations.subList(1, 4))
			.allSatisfy((o) -> assertThat(o).containsOnlyKeys("name", "p50Ms", "p95Ms", "floorP50Ms", "ratio")
				.allSatisfy((key, value) -> assertThat(key.equals("name") || ((Number) value).doubleValue() > 0).as(key)
					.isTrue()));
		String table = Files.readString(dir.resolve("results/results.md"), StandardCharsets.UTF_8);
		assertThat(table).contains("| deal-analysis |").contains("Answers match the floor: **yes**");
		assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("| portfolio-scan |");
		assertThat(Files.readString(dir.resolve("results/latency.svg"), StandardCharsets.UTF_8)).startsWith("<svg")
			.contains("<circle");
		assertThat(errors).contains("bench: imported 1 of 1 accounts");
	}

}
