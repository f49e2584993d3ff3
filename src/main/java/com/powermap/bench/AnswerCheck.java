package com.powermap.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.DealAnalysis;
import com.powermap.risk.RiskFlag;

/**
 * Compares the product's analysis with the floor's on the fields
 * {@code scenarios/README.md} names: effective stage, stage gap, risk score, the most
 * influential person, the unreached decision-makers with their warm paths, the multiset
 * of risk codes; and every influence value (and the weighted stage) within
 * {@link #TOLERANCE}.
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
