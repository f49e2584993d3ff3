package com.powermap.console;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random text at the console's first layer: it never fails with anything but a refusal,
 * and it never lets through a query built with a writing fragment.
 */
class ConsoleGuardPropertyTests {

	@Property(tries = 100)
	void random_text_is_refused_or_accepted_but_never_crashes(@ForAll("anything") String text) {
		try {
			ConsoleGuard.check(text, ConsoleSettings.DEFAULTS);
		}
		catch (ConsoleRefusedException ex) {
			assertThat(ex.problems()).isNotEmpty().allSatisfy((p) -> assertThat(p.message()).isNotBlank());
		}
	}

	@Property(tries = 100)
	void no_query_with_a_writing_fragment_passes(@ForAll("fragments") List<String> fragments) {
		String query = String.join(" ", fragments);
		boolean writes = fragments.stream().anyMatch(RandomQueries.WRITING::contains);
		boolean accepted;
		try {
			ConsoleGuard.check(query, ConsoleSettings.DEFAULTS);
			accepted = true;
		}
		catch (ConsoleRefusedException ex) {
			accepted = false;
		}
		if (writes) {
			assertThat(accepted).as(query).isFalse();
		}
	}

	@Provide
	Arbitrary<String> anything() {
		return RandomQueries.anything();
	}

	@Provide
	Arbitrary<List<String>> fragments() {
		return RandomQueries.fragments();
	}

}
