package com.powermap.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.DealAnalysis;
import com.powermap.graphview.GraphPayload;
import com.powermap.risk.RiskFlag;

/**
 * Compares the product's analysis with the floor's on the fields
 * {@code scenarios/README.md} names: effective stage, stage gap, risk score, the most
 * influential person, the unreached decision-makers with their warm paths, the multiset
 * of risk codes; and every influence value (and the weighted stage) within
 * {@link #TOLERANCE}. For the graph of a deal: the people shown (ids, then their order),
 * the organizations, each edge (type, from, to) with its count, latest ENGAGED day and
 * strength, how many people the account has, whether the graph is truncated, the
 * departments and the people offered by the filter. Not compared: the edges' notes (the
 * floor keeps none) and the people's fields that come from the analysis given to both.
 */
public final class AnswerCheck {

	public static final double TOLERANCE = 1e-9;

	private AnswerCheck() {
	}

	/**
	 * The differences between two analyses of one deal, as sentences; empty when none.
	 */
	public static List<String> differences(DealAnalysis product, DealAnalysis floor) {
		List<String> differences = new ArrayList<>();
		String deal = product.opportunity() + " as of " + product.asOf() + ": ";
		same(differences, deal + "opportunity", product.opportunity(), floor.opportunity());
		same(differences, deal + "effectiveStage", product.effectiveStage(), floor.effectiveStage());
		same(differences, deal + "stageGap", product.stageGap(), floor.stageGap());
		same(differences, deal + "riskScore", product.riskScore(), floor.riskScore());
		same(differences, deal + "mostInfluential.person",
				(product.mostInfluential() != null) ? product.mostInfluential().person() : null,
				(floor.mostInfluential() != null) ? floor.mostInfluential().person() : null);
		if (!close(product.weightedStage(), floor.weightedStage())) {
			differences.add(deal + "weightedStage " + product.weightedStage() + " <> floor " + floor.weightedStage());
		}
		Map<String, Double> influence = new HashMap<>();
		floor.influence().forEach((p) -> influence.put(p.person(), p.influence()));
		if (product.influence().size() != floor.influence().size()) {
			differences.add(deal + "influence lists " + product.influence().size() + " people, floor "
					+ floor.influence().size());
		}
		for (DealAnalysis.PersonInfluence p : product.influence()) {
			Double other = influence.get(p.person());
			if (other == null || Math.abs(other - p.influence()) > TOLERANCE) {
				differences.add(deal + "influence of " + p.person() + " " + p.influence() + " <> floor " + other);
			}
		}
		Map<String, @Nullable List<String>> unreached = new HashMap<>();
		floor.unreachedDecisionMakers().forEach((u) -> unreached.put(u.person(), u.warmPath()));
		if (product.unreachedDecisionMakers().size() != floor.unreachedDecisionMakers().size()) {
			differences.add(deal + "unreached decision-makers "
					+ product.unreachedDecisionMakers()
						.stream()
						.map(DealAnalysis.UnreachedDecisionMaker::person)
						.toList()
					+ " <> floor " + unreached.keySet());
		}
		for (DealAnalysis.UnreachedDecisionMaker u : product.unreachedDecisionMakers()) {
			if (!unreached.containsKey(u.person())) {
				differences.add(deal + "unreached " + u.person() + " is not unreached for the floor");
			}
			else if (!Objects.equals(u.warmPath(), unreached.get(u.person()))) {
				differences.add(deal + "warm path to " + u.person() + " " + u.warmPath() + " <> floor "
						+ unreached.get(u.person()));
			}
		}
		List<String> codes = codes(product.risks());
		List<String> floorCodes = codes(floor.risks());
		if (!codes.equals(floorCodes)) {
			differences.add(deal + "risk codes " + codes + " <> floor " + floorCodes);
		}
		return differences;
	}

	/**
	 * The differences between two portfolio scans: the ranking, then each deal.
	 */
	public static List<String> portfolioDifferences(List<DealAnalysis> product, List<DealAnalysis> floor) {
		List<String> differences = new ArrayList<>();
		List<String> order = product.stream().map(DealAnalysis::opportunity).toList();
		List<String> floorOrder = floor.stream().map(DealAnalysis::opportunity).toList();
		if (!order.equals(floorOrder)) {
			differences.add("portfolio ranking " + order + " <> floor " + floorOrder);
			return differences;
		}
		for (int i = 0; i < product.size(); i++) {
			differences.addAll(differences(product.get(i), floor.get(i)));
		}
		return differences;
	}

	/**
	 * The differences between two graphs of one deal, as sentences; empty when none. Sets
	 * that differ are reported by what each side has that the other does not (at most
	 * {@value #SHOWN} of each).
	 */
	public static List<String> graphDifferences(GraphPayload product, GraphPayload floor) {
		List<String> differences = new ArrayList<>();
		String graph = "graph of " + product.opportunity() + " as of " + product.asOf() + ": ";
		same(differences, graph + "accountPeople", product.accountPeople(), floor.accountPeople());
		same(differences, graph + "truncated", product.truncated(), floor.truncated());
		Map<String, GraphPayload.Person> people = byKey(product.people(), GraphPayload.Person::id);
		Map<String, GraphPayload.Person> floorPeople = byKey(floor.people(), GraphPayload.Person::id);
		if (sameKeys(differences, graph + "people", people.keySet(), floorPeople.keySet())) {
			same(differences, graph + "people in order", List.copyOf(people.keySet()),
					List.copyOf(floorPeople.keySet()));
		}
		sameKeys(differences, graph + "organizations",
				byKey(product.organizations(), GraphPayload.Organization::id).keySet(),
				byKey(floor.organizations(), GraphPayload.Organization::id).keySet());
		Function<GraphPayload.Edge, String> key = (e) -> e.type() + " " + e.from() + "->" + e.to();
		Map<String, GraphPayload.Edge> edges = byKey(product.edges(), key);
		Map<String, GraphPayload.Edge> floorEdges = byKey(floor.edges(), key);
		sameKeys(differences, graph + "edges", edges.keySet(), floorEdges.keySet());
		edges.forEach((k, e) -> {
			GraphPayload.Edge other = floorEdges.get(k);
			if (other != null) {
				same(differences, graph + k + " count", e.count(), other.count());
				same(differences, graph + k + " lastAt", e.lastAt(), other.lastAt());
				same(differences, graph + k + " strength", e.strength(), other.strength());
			}
		});
		same(differences, graph + "departments", product.departments(), floor.departments());
		same(differences, graph + "everyone", product.everyone().stream().map(GraphPayload.Choice::id).toList(),
				floor.everyone().stream().map(GraphPayload.Choice::id).toList());
		return differences;
	}

	private static final int SHOWN = 5;

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach((item) -> map.put(key.apply(item), item));
		return map;
	}

	/** Whether two sets are equal; if not, says what each side has alone. */
	private static boolean sameKeys(List<String> differences, String what, Set<String> product, Set<String> floor) {
		Set<String> productOnly = new TreeSet<>(product);
		productOnly.removeAll(floor);
		Set<String> floorOnly = new TreeSet<>(floor);
		floorOnly.removeAll(product);
		if (productOnly.isEmpty() && floorOnly.isEmpty()) {
			return true;
		}
		differences.add(what + ": " + product.size() + " <> floor " + floor.size() + "; only the product's "
				+ productOnly.stream().limit(SHOWN).toList() + ", only the floor's "
				+ floorOnly.stream().limit(SHOWN).toList());
		return false;
	}

	private static List<String> codes(List<RiskFlag> risks) {
		return risks.stream().map((r) -> r.code().name()).sorted().toList();
	}

	private static void same(List<String> differences, String what, @Nullable Object product, @Nullable Object floor) {
		if (!Objects.equals(product, floor)) {
			differences.add(what + " " + product + " <> floor " + floor);
		}
	}

	private static boolean close(@Nullable Double a, @Nullable Double b) {
		if (a == null || b == null) {
			return a == b;
		}
		return Math.abs(a - b) <= TOLERANCE;
	}

}
