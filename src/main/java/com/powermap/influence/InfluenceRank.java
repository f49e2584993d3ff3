package com.powermap.influence;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Influence as DOMAIN.md section 3.1 defines it: weighted PageRank over deference edges,
 * where weights are absolute (a person whose deference adds up to less than 1 spreads the
 * rest evenly over everyone).
 */
public final class InfluenceRank {

	static final double TOLERANCE = 1e-10;

	static final int MAX_ITERATIONS = 100;

	private InfluenceRank() {
	}

	/**
	 * One deference edge: {@code deferrer} defers to {@code deferee} with {@code weight}.
	 */
	public record Deference(String deferrer, String deferee, double weight) {
	}

	/**
	 * The influence of each person (the values sum to 1), in the order of their ids.
	 * @param people the people of V
	 * @param edges the deference edges among them; edges touching anyone else are ignored
	 * @param damping the damping factor d
	 */
	public static Map<String, Double> compute(Collection<String> people, List<Deference> edges, double damping) {
		Network network = new Network(people, edges);
		return network.compute((person) -> true, (edge) -> true, damping);
	}

	/**
	 * Some people and the deference edges among them, indexed once, so that influence can
	 * be computed on many dates (each with its own people of V and its own edges) without
	 * indexing them again: the analysis of one deal needs it for today and for every
	 * assessment day of the regression window.
	 */
	public static final class Network {

		private final String[] ids;

		private final Map<String, Integer> index;

		private final int[] deferrer;

		private final int[] deferee;

		private final double[] weight;

		/**
		 * @param people everyone influence may be computed for
		 * @param edges deference edges, numbered in this order; edges touching anyone
		 * else are ignored
		 */
		public Network(Collection<String> people, List<Deference> edges) {
			this.ids = new TreeSet<>(people).toArray(String[]::new);
			this.index = new HashMap<>(this.ids.length * 2);
			for (int i = 0; i < this.ids.length; i++) {
				this.index.put(this.ids[i], i);
			}
			int m = edges.size();
			this.deferrer = new int[m];
			this.deferee = new int[m];
			this.weight = new double[m];
			for (int k = 0; k < m; k++) {
				Deference edge = edges.get(k);
				this.deferrer[k] = this.index.getOrDefault(edge.deferrer(), -1);
				this.deferee[k] = this.index.getOrDefault(edge.deferee(), -1);
				this.weight[k] = edge.weight();
			}
		}

		/** How many people: the positions of {@code present} in compute. */
		public int size() {
			return this.ids.length;
		}

		/** The position of a person in the {@code present} array, or -1. */
		public int indexOf(String person) {
			return this.index.getOrDefault(person, -1);
		}

		/**
		 * The influence of each person present (the values sum to 1), in the order of
		 * their ids.
		 * @param present which people are in V, by their position ({@link #indexOf})
		 * @param included which edges exist, by their number in the constructor's list
		 * @param damping the damping factor d
		 */
		public Map<String, Double> compute(IntPredicate present, IntPredicate included, double damping) {
			int[] local = new int[this.ids.length];
			int n = 0;
			for (int i = 0; i < this.ids.length; i++) {
				local[i] = present.test(i) ? n++ : -1;
			}
			Map<String, Double> influence = new LinkedHashMap<>();
			if (n == 0) {
				return influence;
			}
			int[] source = new int[this.weight.length];
			int[] target = new int[this.weight.length];
			double[] weights = new double[this.weight.length];
			double[] total = new double[n];
			int m = 0;
			for (int k = 0; k < this.weight.length; k++) {
				// Self-loops are ignored; parallel edges add up (as weights of their
				// own).
				if (this.deferrer[k] < 0 || this.deferee[k] < 0 || this.deferrer[k] == this.deferee[k]) {
					continue;
				}
				int from = local[this.deferrer[k]];
				int to = local[this.deferee[k]];
				if (from < 0 || to < 0 || !included.test(k)) {
					continue;
				}
				source[m] = from;
				target[m] = to;
				weights[m] = this.weight[k];
				total[from] += this.weight[k];
				m++;
			}
			double[] rank = rank(n, source, target, weights, m, total, damping);
			for (int i = 0; i < this.ids.length; i++) {
				if (local[i] >= 0) {
					influence.put(this.ids[i], rank[local[i]]);
				}
			}
			return influence;
		}

	}

	private static double[] rank(int n, int[] source, int[] target, double[] weight, int m, double[] total,
			double damping) {
		double[] share = new double[m];
		double[] rest = new double[n];
		for (int i = 0; i < n; i++) {
			double norm = Math.max(1.0, total[i]);
			rest[i] = 1.0 - total[i] / norm;
		}
		for (int k = 0; k < m; k++) {
			share[k] = weight[k] / Math.max(1.0, total[source[k]]);
		}
		double[] rank = new double[n];
		Arrays.fill(rank, 1.0 / n);
		double[] next = new double[n];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double spread = 0;
			for (int i = 0; i < n; i++) {
				spread += rank[i] * rest[i];
			}
			double base = (1 - damping) / n + damping * spread / n;
			Arrays.fill(next, base);
			for (int k = 0; k < m; k++) {
				next[target[k]] += damping * rank[source[k]] * share[k];
			}
			double change = 0;
			for (int i = 0; i < n; i++) {
				change += Math.abs(next[i] - rank[i]);
			}
			double[] swap = rank;
			rank = next;
			next = swap;
			if (change < TOLERANCE) {
				break;
			}
		}
		return rank;
	}

	/**
	 * Compares two influence values as DOMAIN.md says: equal when {@code rint(v * 1e9)}
	 * is equal.
	 */
	public static int compare(double a, double b) {
		return Double.compare(Math.rint(a * 1e9), Math.rint(b * 1e9));
	}

}
