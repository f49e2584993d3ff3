package com.powermap.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What {@code bench} accepts on its command line, and what it says about the rest.
 */
class BenchArgumentsTests {

	@Test
	void the_defaults_run_the_whole_scale() {
		BenchCommand.Arguments arguments = BenchCommand.parse(new String[] { "bench", "--scale", "m" });

		assertThat(arguments.scale()).isEqualTo(Scale.M);
		assertThat(arguments.out()).isEqualTo(Path.of("bench-results"));
		assertThat(arguments.accounts()).isEqualTo(1);
		assertThat(arguments.partial()).isFalse();
		assertThat(arguments.smoke()).isFalse();
	}

	@Test
	void accounts_limits_the_run_to_the_first_ones_of_the_scale() {
		BenchCommand.Arguments part = BenchCommand
			.parse(new String[] { "bench", "--scale", "L", "--accounts", "1500" });
		assertThat(part.accounts()).isEqualTo(1500);
		assertThat(part.partial()).isTrue();
		// All of them is the whole scale.
		assertThat(BenchCommand.parse(new String[] { "bench", "--scale", "L", "--accounts", "5000" }).partial())
			.isFalse();
	}

	@Test
	void bad_values_are_named() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--scale", "S", "--accounts", "2" }))
			.withMessage("--accounts must be at most 1 at scale S, not 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--scale", "L", "--accounts", "0" }))
			.withMessage("--accounts must be a whole number above 0, not \"0\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--scale", "L", "--accounts", "many" }))
			.withMessage("--accounts must be a whole number above 0, not \"many\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--scale", "XL" }))
			.withMessage("--scale must be S, M or L, not \"XL\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--scale", "L", "--accounts" }))
			.withMessage("--accounts needs a value");
	}

}
