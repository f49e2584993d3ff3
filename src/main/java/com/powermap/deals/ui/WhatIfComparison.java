package com.powermap.deals.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.risk.RiskFlag;

/**
 * What a what-if changes, read off the analyses before and after it: the effective stage,
 * the risk score, the flags raised and dropped, the decision-makers reached or lost, and
 * the stakeholders whose influence moved most.
 *
 * @param stageBefore the effective stage before (null: nobody assessed)
 * @param stageAfter the effective stage after
 * @param flagsDropped flags raised before and not after (same code and people)
 * @param flagsRaised flags raised after and not before
 * @param nowReached unreached decision-makers before who are not after (ids)
 * @param nowUnreached unreached decision-makers after who were not before (ids)
 * @param influenceChanges the stakeholders whose influence changed, largest change first
 */
record WhatIfComparison(@Nullable Stage stageBefore, @Nullable Stage stageAfter, int riskBefore, int riskAfter,
		List<RiskFlag> flagsDropped, List<RiskFlag> flagsRaised, List<String> nowReached, List<String> nowUnreached,
		List<InfluenceChange> influenceChanges) {

	/** Changes smaller than this (half the last digit shown) are not changes. */
	static final double SMALLEST_CHANGE = 0.00005;

	/** How many influence changes are listed at most. */
	static final int MOST_CHANGES = 5;

	/**
	 * A stakeholder's influence before and after; {@code after} is null when they are no
	 * longer part of the organization.
	 */
	record InfluenceChange(String person, String name, double before, @Nullable Double after) {

		double change() {
			return ((this.after != null) ? this.after : 0) - this.before;
		}

	}

	static WhatIfComparison of(DealAnalysis before, DealAnalysis after) {
		List<RiskFlag> dropped = before.risks().stream().filter((f) -> !raises(after, f)).toList();
		List<RiskFlag> raised = after.risks().stream().filter((f) -> !raises(before, f)).toList();
		Set<String> unreachedBefore = unreached(before);
		Set<String> unreachedAfter = unreached(after);
		List<String> nowReached = unreachedBefore.stream().filter((p) -> !unreachedAfter.contains(p)).toList();
		List<String> nowUnreached = unreachedAfter.stream().filter((p) -> !unreachedBefore.contains(p)).toList();
		return new WhatIfComparison(before.effectiveStage(), after.effectiveStage(), before.riskScore(),
				after.riskScore(), dropped, raised, nowReached, nowUnreached, influenceChanges(before, after));
	}

	boolean stageMoved() {
		return this.stageBefore != this.stageAfter;
	}

	/** Whether the what-if changed nothing this comparison looks at. */
	boolean changesNothing() {
		return !stageMoved() && this.riskBefore == this.riskAfter && this.flagsDropped.isEmpty()
				&& this.flagsRaised.isEmpty() && this.nowReached.isEmpty() && this.nowUnreached.isEmpty()
				&& this.influenceChanges.isEmpty();
	}

	private static boolean raises(DealAnalysis analysis, RiskFlag flag) {
		return analysis.risks()
			.stream()
			.anyMatch(
					(f) -> f.code() == flag.code() && f.people().equals(flag.people()) && f.weight() == flag.weight());
	}

	private static Set<String> unreached(DealAnalysis analysis) {
		Set<String> ids = new LinkedHashSet<>();
		analysis.unreachedDecisionMakers().forEach((u) -> ids.add(u.person()));
		return ids;
	}

	private static List<InfluenceChange> influenceChanges(DealAnalysis before, DealAnalysis after) {
		Map<String, Double> influenceAfter = new HashMap<>();
		after.influence().forEach((p) -> influenceAfter.put(p.person(), p.influence()));
		Map<String, String> names = new LinkedHashMap<>();
		before.stakeholders().forEach((s) -> names.put(s.person(), s.name()));
		Map<String, Double> influenceBefore = new HashMap<>();
		before.influence().forEach((p) -> influenceBefore.put(p.person(), p.influence()));
		List<InfluenceChange> changes = new ArrayList<>();
		names.forEach((person, name) -> {
			Double was = influenceBefore.get(person);
			if (was == null) {
				return;
			}
			InfluenceChange change = new InfluenceChange(person, name, was, influenceAfter.get(person));
			if (Math.abs(change.change()) >= SMALLEST_CHANGE) {
				changes.add(change);
			}
		});
		changes.sort(Comparator.comparingDouble((InfluenceChange c) -> -Math.abs(c.change()))
			.thenComparing(InfluenceChange::person));
		return List.copyOf(changes.subList(0, Math.min(MOST_CHANGES, changes.size())));
	}

}
