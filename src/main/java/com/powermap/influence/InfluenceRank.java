package com.powermap.influence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
		List<String> ids = new ArrayList<>(new TreeSet<>(people));
		int n = ids.size();
		Map<String, Double> influence = new LinkedHashMap<>();
		if (n == 0) {
			return influence;
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(ids.get(i), i);
		}
		// Parallel edges between the same pair add up; self-loops are ignored.
		Map<Long, Double> combined = new HashMap<>();
		for (Deference edge : edges) {
			Integer from = index.get(edge.deferrer());
			Integer to = index.get(edge.deferee());
			if (from == null || to == null || from.equals(to)) {
				continue;
			}
			combined.merge(((long) from << 32) | to, edge.weight(), Double::sum);
		}
		int m = combined.size();
		int[] source = new int[m];
		int[] target = new int[m];
		double[] weight = new double[m];
		double[] total = new double[n];
		int e = 0;
		for (Map.Entry<Long, Double> entry : combined.entrySet()) {
			source[e] = (int) (entry.getKey() >>> 32);
			target[e] = (int) (entry.getKey() & 0xffffffffL);
			weight[e] = entry.getValue();
			total[source[e]] += weight[e];
			e++;
		}
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
		for (int i = 0; i < n; i++) {
			influence.put(ids.get(i), rank[i]);
		}
		return influence;
	}

	/**
	 * Compares two influence values as DOMAIN.md says: equal when {@code rint(v * 1e9)}
	 * is equal.
	 */
	public static int compare(double a, double b) {
		return Double.compare(Math.rint(a * 1e9), Math.rint(b * 1e9));
	}

}
