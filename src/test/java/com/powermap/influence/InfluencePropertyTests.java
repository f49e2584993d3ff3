package com.powermap.influence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.powermap.influence.InfluenceRank.Deference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invariants of influence on random deference graphs.
 */
class InfluencePropertyTests {

	record Graph(List<String> people, List<Deference> edges) {
	}

	@Provide
	Arbitrary<Graph> graphs() {
		return Arbitraries.integers().between(1, 25).flatMap((n) -> {
			List<String> people = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				people.add("p" + i);
			}
			Arbitrary<Deference> edge = Combinators
				.combine(Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, n - 1),
						Arbitraries.doubles().between(0.01, 1.0))
				.as((a, b, w) -> new Deference(people.get(a), people.get(b), w));
			return edge.list().ofMaxSize(3 * n).map((edges) -> new Graph(people, edges));
		});
	}

	@Property(tries = 100)
	void influence_sums_to_one_and_is_never_negative(@ForAll("graphs") Graph graph) {
		Map<String, Double> influence = InfluenceRank.compute(graph.people(), graph.edges(), 0.85);

		assertThat(influence).hasSize(graph.people().size());
		assertThat(influence.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
		assertThat(influence.values()).allSatisfy((v) -> assertThat(v).isPositive());
	}

	@Property(tries = 100)
	void influence_is_deterministic_whatever_the_order_of_the_edges(@ForAll("graphs") Graph graph) {
		List<Deference> reversed = new ArrayList<>(graph.edges());
		java.util.Collections.reverse(reversed);

		Map<String, Double> first = InfluenceRank.compute(graph.people(), graph.edges(), 0.85);
		Map<String, Double> again = InfluenceRank.compute(graph.people(), graph.edges(), 0.85);
		Map<String, Double> shuffled = InfluenceRank.compute(graph.people().reversed(), reversed, 0.85);

		assertThat(again).isEqualTo(first);
		first.forEach((person, value) -> assertThat(shuffled.get(person)).isCloseTo(value, within(1e-12)));
	}

	@Property(tries = 100)
	void renaming_people_does_not_change_their_influence(@ForAll("graphs") Graph graph) {
		// A renaming that reverses the order of the ids, so that nothing can lean on
		// their order.
		Map<String, String> rename = new HashMap<>();
		int n = graph.people().size();
		for (int i = 0; i < n; i++) {
			rename.put(graph.people().get(i), String.format("q%03d", n - i));
		}
		List<Deference> renamedEdges = graph.edges()
			.stream()
			.map((e) -> new Deference(rename.get(e.deferrer()), rename.get(e.deferee()), e.weight()))
			.toList();

		Map<String, Double> original = InfluenceRank.compute(graph.people(), graph.edges(), 0.85);
		Map<String, Double> renamed = InfluenceRank.compute(rename.values(), renamedEdges, 0.85);

		original
			.forEach((person, value) -> assertThat(renamed.get(rename.get(person))).isCloseTo(value, within(1e-12)));
	}

	@Property(tries = 100)
	void a_network_gives_for_some_people_and_edges_what_they_give_alone(@ForAll("graphs") Graph graph,
			@ForAll long seed) {
		// What a deal's analysis does on each date: one network of the whole account,
		// then only the people of V and the edges existing that day.
		java.util.Random random = new java.util.Random(seed);
		InfluenceRank.Network network = new InfluenceRank.Network(graph.people(), graph.edges());
		boolean[] present = new boolean[network.size()];
		List<String> people = new ArrayList<>();
		for (String person : graph.people()) {
			if (random.nextInt(4) > 0) {
				present[network.indexOf(person)] = true;
				people.add(person);
			}
		}
		boolean[] included = new boolean[graph.edges().size()];
		List<Deference> edges = new ArrayList<>();
		for (int k = 0; k < included.length; k++) {
			included[k] = random.nextInt(3) > 0;
			if (included[k]) {
				edges.add(graph.edges().get(k));
			}
		}

		Map<String, Double> fromNetwork = network.compute((i) -> present[i], (k) -> included[k], 0.85);
		Map<String, Double> alone = InfluenceRank.compute(people, edges, 0.85);

		assertThat(fromNetwork.keySet()).containsExactlyElementsOf(alone.keySet());
		alone.forEach((person, value) -> assertThat(fromNetwork.get(person)).isCloseTo(value, within(1e-12)));
	}

}
