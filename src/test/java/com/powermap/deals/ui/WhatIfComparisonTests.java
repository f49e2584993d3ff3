package com.powermap.deals.ui;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.powermap.deals.BuyingRole;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.risk.RiskCode;
import com.powermap.risk.RiskFlag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the what-if panel says changed, from two analyses built by hand.
 */
class WhatIfComparisonTests {

	static final LocalDate DAY = LocalDate.parse("2016-03-13");

	@Test
	void the_stage_the_score_the_flags_and_the_reach_are_compared() {
		DealAnalysis before = analysis(
				Stage.SOLUTION, 8, List.of(flag(RiskCode.STAGE_OVERSTATED, 3, "gm"),
						flag(RiskCode.UNREACHED_DECISION_MAKER, 3, "gm"), flag(RiskCode.NO_CHAMPION, 1)),
				List.of("gm"), influence("gm", 0.35, "vp", 0.25));
		DealAnalysis after = analysis(Stage.COMMERCIAL, 5,
				List.of(flag(RiskCode.NO_CHAMPION, 1), flag(RiskCode.UNREACHED_DECISION_MAKER, 3, "fin")),
				List.of("fin"), influence("gm", 0.35, "vp", 0.25));

		WhatIfComparison comparison = WhatIfComparison.of(before, after);

		assertThat(comparison.stageMoved()).isTrue();
		assertThat(comparison.stageBefore()).isEqualTo(Stage.SOLUTION);
		assertThat(comparison.stageAfter()).isEqualTo(Stage.COMMERCIAL);
		assertThat(comparison.riskBefore()).isEqualTo(8);
		assertThat(comparison.riskAfter()).isEqualTo(5);
		assertThat(comparison.flagsDropped()).extracting((f) -> f.code() + " " + f.people())
			.containsExactly("STAGE_OVERSTATED [gm]", "UNREACHED_DECISION_MAKER [gm]");
		assertThat(comparison.flagsRaised()).extracting((f) -> f.code() + " " + f.people())
			.containsExactly("UNREACHED_DECISION_MAKER [fin]");
		assertThat(comparison.nowReached()).containsExactly("gm");
		assertThat(comparison.nowUnreached()).containsExactly("fin");
		assertThat(comparison.influenceChanges()).isEmpty();
		assertThat(comparison.changesNothing()).isFalse();
	}

	@Test
	void influence_changes_are_the_largest_five_and_someone_who_left_has_none_after() {
		// Six stakeholders; gm leaves (-0.30), the others gain 0.10, 0.08, 0.06, 0.04,
		// and
		// 0.00004, which is below what the panel shows (4 decimals).
		DealAnalysis before = analysis(Stage.SOLUTION, 0, List.of(), List.of(),
				influence("gm", 0.30, "a", 0.10, "b", 0.10, "c", 0.10, "d", 0.10, "e", 0.10));
		DealAnalysis after = analysis(Stage.SOLUTION, 0, List.of(), List.of(),
				influence("a", 0.20, "b", 0.18, "c", 0.16, "d", 0.14, "e", 0.10004));

		WhatIfComparison comparison = WhatIfComparison.of(before, after);

		assertThat(comparison.influenceChanges()).extracting(WhatIfComparison.InfluenceChange::person)
			.containsExactly("gm", "a", "b", "c", "d");
		assertThat(comparison.influenceChanges().get(0).after()).isNull();
		assertThat(comparison.influenceChanges().get(0).change()).isEqualTo(-0.30);
		assertThat(comparison.influenceChanges().get(1).change()).isCloseTo(0.10,
				org.assertj.core.data.Offset.offset(1e-12));
		assertThat(comparison.stageMoved()).isFalse();
		assertThat(comparison.changesNothing()).isFalse();
	}

	@Test
	void influence_that_moves_less_than_the_last_digit_shown_changes_nothing() {
		DealAnalysis before = analysis(Stage.SOLUTION, 3, List.of(flag(RiskCode.NO_CHAMPION, 1)), List.of("gm"),
				influence("gm", 0.5, "vp", 0.5));
		DealAnalysis after = analysis(Stage.SOLUTION, 3, List.of(flag(RiskCode.NO_CHAMPION, 1)), List.of("gm"),
				influence("gm", 0.50004, "vp", 0.49996));

		assertThat(WhatIfComparison.of(before, after).changesNothing()).isTrue();
		assertThat(WhatIfComparison.of(before, before).changesNothing()).isTrue();
	}

	@Test
	void a_flag_whose_weight_changed_counts_as_dropped_and_raised() {
		DealAnalysis before = analysis(Stage.SOLUTION, 6, List.of(flag(RiskCode.STAGE_OVERSTATED, 6, "gm")), List.of(),
				influence("gm", 1.0));
		DealAnalysis after = analysis(Stage.COMMERCIAL, 3, List.of(flag(RiskCode.STAGE_OVERSTATED, 3, "gm")), List.of(),
				influence("gm", 1.0));

		WhatIfComparison comparison = WhatIfComparison.of(before, after);

		assertThat(comparison.flagsDropped()).extracting(RiskFlag::weight).containsExactly(6);
		assertThat(comparison.flagsRaised()).extracting(RiskFlag::weight).containsExactly(3);
	}

	private static RiskFlag flag(RiskCode code, int weight, String... people) {
		return new RiskFlag(code, weight, List.of(people), code.name());
	}

	private static List<DealAnalysis.PersonInfluence> influence(Object... pairs) {
		List<DealAnalysis.PersonInfluence> list = new java.util.ArrayList<>();
		for (int i = 0; i < pairs.length; i += 2) {
			list.add(new DealAnalysis.PersonInfluence((String) pairs[i], (Double) pairs[i + 1]));
		}
		return list;
	}

	/**
	 * A deal whose stakeholders are the people of the influence list, all
	 * decision-makers.
	 */
	private static DealAnalysis analysis(Stage effective, int risk, List<RiskFlag> flags, List<String> unreached,
			List<DealAnalysis.PersonInfluence> influence) {
		List<DealAnalysis.Stakeholder> stakeholders = influence.stream()
			.map((p) -> new DealAnalysis.Stakeholder(p.person(), p.person().toUpperCase(), null,
					BuyingRole.DECISION_MAKER, effective, DAY, null, null, p.influence(), null,
					!unreached.contains(p.person())))
			.toList();
		return new DealAnalysis("mes", "huaxin", DAY, Stage.COMMERCIAL, effective, 3.0, 1, null, influence, unreached
			.stream()
			.map((u) -> new DealAnalysis.UnreachedDecisionMaker(u, BuyingRole.DECISION_MAKER, 0.1, null, null, null))
			.toList(), flags, risk, 780000, "explanation", "MES", "Huaxin", "CNY", stakeholders);
	}

}
