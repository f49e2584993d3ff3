package com.powermap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.powermap.base.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The command line's arguments; the command itself runs in {@code AnalyzeCommandIT}, on
 * the jar.
 */
class AnalyzeCommandTests {

	@Test
	void arguments_are_read_in_any_order() {
		AnalyzeCommand.Arguments arguments = AnalyzeCommand
			.parse(new String[] { "analyze", "--lang", "zh", "deal.json", "--as-of", "2016-03-13" });

		assertThat(arguments.file()).hasToString("deal.json");
		assertThat(arguments.asOf()).hasToString("2016-03-13");
		assertThat(arguments.language()).isEqualTo(Language.ZH);
	}

	@Test
	void bad_arguments_are_named() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AnalyzeCommand.parse(new String[] { "analyze", "d.json", "--as-of", "13.03.2016" }))
			.withMessage("--as-of: unparseable date \"13.03.2016\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AnalyzeCommand.parse(new String[] { "analyze", "d.json", "--lang", "fr" }))
			.withMessage("--lang must be en or zh, not \"fr\"");
		assertThatIllegalArgumentException().isThrownBy(() -> AnalyzeCommand.parse(new String[] { "analyze" }))
			.withMessage("no document given");
	}

	@Test
	void a_missing_file_or_a_bad_option_exits_1_with_nothing_on_standard_output() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int missing = AnalyzeCommand.run(new String[] { "analyze", "no-such-file.json" }, print(out), print(err));
		int badOption = AnalyzeCommand.run(new String[] { "analyze", "x.json", "--fast" }, print(out), print(err));

		assertThat(missing).isEqualTo(1);
		assertThat(badOption).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read no-such-file.json")
			.contains("unknown option --fast")
			.contains(AnalyzeCommand.USAGE);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
