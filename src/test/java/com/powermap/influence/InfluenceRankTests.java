package com.powermap.influence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.powermap.influence.InfluenceRank.Deference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Influence (DOMAIN.md section 3.1) on graphs small enough to solve by hand. With d =
 * 0.85 and n people, everyone gets (1-d)/n = 0.15/n, plus d times what flows in, plus d/n
 * times what everyone spreads (the part of their weight beyond their deference, all of it
 * for someone who defers to no one).
 */
class InfluenceRankTests {

	static final double D = 0.85;

	@Test
	void influence_climbs_a_reporting_chain() {
		// a -> b -> c (REPORTS_TO, weight 1). c spreads everything; with k = 0.85/3:
		// r(a) = 0.05 + k r(c); r(b) = 0.05 + 0.85 r(a) + k r(c); r(c) = 0.05 + 0.85 r(b)
		// + k r(c)
		// => r(c) = 0.128625 / 0.271125 = 0.474412, r(a) = 0.184417, r(b) = 0.341171.
		Map<String, Double> influence = InfluenceRank.compute(List.of("a", "b", "c"),
				List.of(new Deference("a", "b", 1.0), new Deference("b", "c", 1.0)), D);

		assertThat(influence.get("a")).isCloseTo(0.184417, within(1e-6));
		assertThat(influence.get("b")).isCloseTo(0.341171, within(1e-6));
		assertThat(influence.get("c")).isCloseTo(0.474412, within(1e-6));
	}

	@Test
	void a_star_puts_its_centre_first_and_the_points_level() {
		// Four people report to hub. By symmetry each point has p and hub 1 - 4p; hub
		// spreads all:
		// p = 0.15/5 + (0.85/5) (1 - 4p) => p = 0.2 / 1.68 = 0.119048, hub = 0.523810.
		Map<String, Double> influence = InfluenceRank.compute(
				List.of("hub", "p1", "p2", "p3", "p4"), List.of(new Deference("p1", "hub", 1),
						new Deference("p2", "hub", 1), new Deference("p3", "hub", 1), new Deference("p4", "hub", 1)),
				D);

		assertThat(influence.get("hub")).isCloseTo(0.523810, within(1e-6));
		assertThat(influence.get("p1")).isCloseTo(0.119048, within(1e-6)).isEqualTo(influence.get("p4"));
	}

	@Test
	void weights_are_absolute_a_lone_weak_influence_passes_on_only_its_strength() {
		// y INFLUENCES x with 0.3, so x defers to y with 0.3 and spreads the other 0.7.
		// r(x) = 0.075 + 0.425 (0.7 r(x) + r(y)), r(x) + r(y) = 1 => r(x) = 0.5 / 1.1275
		// = 0.443459.
		Map<String, Double> influence = InfluenceRank.compute(List.of("x", "y"), List.of(new Deference("x", "y", 0.3)),
				D);

		assertThat(influence.get("x")).isCloseTo(0.443459, within(1e-6));
		assertThat(influence.get("y")).isCloseTo(0.556541, within(1e-6));
	}

	@Test
	void parallel_edges_add_their_weights_and_self_loops_are_ignored() {
		Map<String, Double> split = InfluenceRank.compute(List.of("x", "y"),
				List.of(new Deference("x", "y", 0.1), new Deference("x", "y", 0.2), new Deference("y", "y", 1.0)), D);
		Map<String, Double> single = InfluenceRank.compute(List.of("x", "y"), List.of(new Deference("x", "y", 0.3)), D);

		assertThat(split.get("x")).isCloseTo(single.get("x"), within(1e-12));
	}

	@Test
	void deference_above_one_is_shared_in_proportion() {
		// x defers to y with 1 and to z with 1: W(x) = 2 = N(x), so each gets half and
		// nothing spreads.
		Map<String, Double> influence = InfluenceRank.compute(List.of("x", "y", "z"),
				List.of(new Deference("x", "y", 1), new Deference("x", "z", 1)), D);

		assertThat(influence.get("y")).isCloseTo(influence.get("z"), within(1e-12));
		assertThat(influence.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void nobody_connected_means_everyone_is_equal_and_no_one_means_nothing() {
		assertThat(InfluenceRank.compute(List.of("a", "b", "c", "d"), List.of(), D).values())
			.allSatisfy((v) -> assertThat(v).isCloseTo(0.25, within(1e-12)));
		assertThat(InfluenceRank.compute(List.of(), List.of(), D)).isEmpty();
	}

	@Test
	void edges_to_people_outside_v_are_ignored() {
		Map<String, Double> influence = InfluenceRank.compute(List.of("a", "b"),
				List.of(new Deference("a", "gone", 1.0), new Deference("gone", "b", 1.0)), D);

		assertThat(influence).containsOnlyKeys("a", "b");
		assertThat(influence.get("a")).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void influence_values_equal_to_nine_decimals_compare_as_equal() {
		assertThat(InfluenceRank.compare(0.1234567891, 0.12345678912)).isZero();
		assertThat(InfluenceRank.compare(0.123456790, 0.123456789)).isPositive();
	}

}
