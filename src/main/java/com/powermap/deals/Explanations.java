package com.powermap.deals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.powermap.base.Language;
import com.powermap.risk.RiskFlag;

/**
 * The plain-language paragraph of a deal analysis and the sentence of each risk flag, in
 * English or Simplified Chinese.
 */
final class Explanations {

	private final Language language;

	Explanations(Language language) {
		this.language = language;
	}

	private boolean zh() {
		return this.language == Language.ZH;
	}

	private String stage(Stage stage) {
		return this.language.stage(stage);
	}

	private static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private String list(List<String> items) {
		if (zh()) {
			return String.join("、", items);
		}
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private String who(DealAnalyzer.Involvement person) {
		if (person.title() == null) {
			return person.name();
		}
		return zh() ? person.name() + "（" + person.title() + "）" : person.name() + ", " + person.title();
	}

	String deal(DealAnalyzer.Opportunity opportunity, DealAnalyzer.Snapshot now,
			DealAnalyzer.@Nullable Involvement most, @Nullable Double weighted, List<RiskFlag> risks, int unreached) {
		StringBuilder text = new StringBuilder();
		Stage claimed = opportunity.claimedStage();
		if (now.people().isEmpty()) {
			return zh() ? "截至 " + now.asOf() + "，客户 " + opportunity.accountName() + " 中还没有任何在职人员被录入，无法判断商机所处阶段。"
					: "As of " + now.asOf() + " nobody at " + opportunity.accountName()
							+ " is on the map yet, so there is no telling where the deal stands.";
		}
		if (most == null || most.stage() == null) {
			text.append(zh() ? "本商机中还没有人被评估过阶段，实际阶段未知；销售填报的阶段是" + stage(claimed) + "。"
					: "Nobody in this deal has an assessed stage yet, so its effective stage is unknown; the seller"
							+ " claims " + stage(claimed) + ".");
		}
		else {
			Stage effective = most.stage();
			String influence = number(now.influenceOf(most.person()), 2);
			String since = (most.stageSince() != null) ? most.stageSince().toString() : "";
			if (zh()) {
				text.append(effective == claimed ? "该商机确实处于" + stage(effective) + "阶段："
						: "该商机实际处于" + stage(effective) + "阶段，而不是" + stage(claimed) + "阶段：");
				text.append(who(most))
					.append("是本商机中最有影响力的人（影响力 ")
					.append(influence)
					.append("），自 ")
					.append(since)
					.append(" 起处于")
					.append(stage(effective))
					.append("阶段。");
				if (weighted != null) {
					text.append("按影响力加权，决策群体整体处于 ").append(number(weighted, 2)).append("（0 = 目标，5 = 成交）。");
				}
			}
			else {
				text.append(effective == claimed ? "The deal is at " + stage(effective) + ", as claimed: "
						: "The deal is at " + stage(effective) + ", not " + stage(claimed) + ": ");
				text.append(who(most))
					.append(", the most influential person in this deal (influence ")
					.append(influence)
					.append("), is at ")
					.append(stage(effective))
					.append(" since ")
					.append(since)
					.append(".");
				if (weighted != null) {
					text.append(" Weighted by influence, the committee stands at ")
						.append(number(weighted, 2))
						.append(" (0 = Target, 5 = Closed).");
				}
			}
		}
		if (unreached > 0) {
			text.append(zh() ? " 有 " + unreached + " 位决策者近期无人接触。"
					: " " + unreached + (unreached == 1 ? " decision-maker has" : " decision-makers have")
							+ " not been reached recently.");
		}
		if (!risks.isEmpty()) {
			int score = risks.stream().mapToInt(RiskFlag::weight).sum();
			text.append(zh() ? " 风险分 " + score + "，共 " + risks.size() + " 项风险。"
					: " Risk score " + score + " from " + risks.size() + (risks.size() == 1 ? " flag." : " flags."));
		}
		return text.toString();
	}

	String stageOverstated(Stage claimed, @Nullable Stage effective, DealAnalyzer.Involvement most, int gap) {
		String effectiveLabel = (effective != null) ? stage(effective) : "";
		return zh() ? "填报阶段" + stage(claimed) + "比实际阶段" + effectiveLabel + "高出 " + gap + " 级（依据 " + most.name() + "）。"
				: "The claimed stage " + stage(claimed) + " is " + gap + (gap == 1 ? " stage" : " stages")
						+ " ahead of the effective stage " + effectiveLabel + " (set by " + most.name() + ").";
	}

	String unreached(String name, DealAnalysis.UnreachedDecisionMaker person, int window) {
		String last = (person.lastEngagedAt() != null) ? person.lastEngagedAt().toString() : null;
		String path = (person.warmPathNames() != null) ? String.join(" → ", person.warmPathNames()) : null;
		if (zh()) {
			return name + "（" + (person.role() == BuyingRole.DECISION_MAKER ? "决策者" : "审批者") + "）近 " + window
					+ " 天内无人接触" + ((last != null) ? "，上次接触是 " + last : "，从未接触过") + "。"
					+ ((path != null) ? "引荐路径：" + path + "。" : "没有找到引荐路径。");
		}
		return name + " (" + person.role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") has not been met in "
				+ window + " days" + ((last != null) ? "; last engaged on " + last : "; never engaged") + "."
				+ ((path != null) ? " Warm path: " + path + "." : " No warm path found.");
	}

	String singleThreaded(int involved, List<String> reached) {
		if (zh()) {
			return "本商机涉及 " + involved + " 人，但近期" + (reached.isEmpty() ? "无人被接触。" : "只接触了" + list(reached) + "。");
		}
		return involved + " people are involved, but " + (reached.isEmpty() ? "nobody has been reached recently."
				: "only " + list(reached) + " has been reached recently.");
	}

	String competitorTie(String name, List<String> competitors) {
		return zh() ? name + " 认识竞争对手的 " + list(competitors) + "。"
				: name + " knows " + list(competitors) + " at a competitor.";
	}

	String opponentInPower(String name, Attitude attitude, double influence) {
		return zh()
				? "有态度记录的人中影响力最大的 " + name + "（影响力 " + number(influence, 2) + "）持"
						+ (attitude == Attitude.OPPONENT ? "反对" : "怀疑") + "态度。"
				: "The most influential person with a known attitude, " + name + " (influence " + number(influence, 2)
						+ "), is " + attitude.name().toLowerCase(Locale.ROOT) + ".";
	}

	String noChampion() {
		return zh() ? "本商机中没有支持者（CHAMPION）。" : "Nobody in this deal is a champion for us.";
	}

	String dividedCommittee(double supporters, double opponents) {
		return zh() ? "决策群体意见分裂：支持者占影响力的 " + percent(supporters) + "，反对者占 " + percent(opponents) + "。"
				: "The committee is divided: supporters hold " + percent(supporters) + " of the influence, opponents "
						+ percent(opponents) + ".";
	}

	String unassessedKeyPeople(List<String> names, String most) {
		return zh() ? list(names) + " 比 " + most + " 更有影响力，但还没有评估其阶段。" : list(names)
				+ (names.size() == 1 ? " has" : " have") + " more influence than " + most + " but no assessed stage.";
	}

	String unmappedPower(List<String> names) {
		return zh() ? list(names) + " 不在本商机的干系人中，却在干系人之上且比所有干系人更有影响力：决策可能在地图之外。"
				: list(names) + (names.size() == 1 ? " is" : " are")
						+ " above the people involved and more influential than any of them, but not involved:"
						+ " the decision may sit above the map.";
	}

	String stageRegression(Stage highest, LocalDate since, Stage effective) {
		return zh() ? "商机倒退：自 " + since + " 起曾处于" + stage(highest) + "阶段，现在是" + stage(effective) + "阶段。"
				: "The deal has moved back: it was at " + stage(highest) + " on " + since + ", it is at "
						+ stage(effective) + " now.";
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

}
