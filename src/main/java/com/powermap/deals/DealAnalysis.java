package com.powermap.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.powermap.risk.RiskFlag;

/**
 * The analysis of one deal as of a date (DOMAIN.md section 4). Values are kept exact
 * here; {@link #toJson()} rounds them as the exchange format says.
 */
public record DealAnalysis(String opportunity, String account, LocalDate asOf, Stage claimedStage,
		@Nullable Stage effectiveStage, @Nullable Double weightedStage, @Nullable Integer stageGap,
		@Nullable MostInfluential mostInfluential, List<PersonInfluence> influence,
		List<UnreachedDecisionMaker> unreachedDecisionMakers, List<RiskFlag> risks, int riskScore,
		@Nullable Number amount, String explanation, String name, String accountName, @Nullable String currency,
		List<Stakeholder> stakeholders) {

	/**
	 * One involved person as of the analysis date, for views; not part of the section 4
	 * JSON.
	 */
	public record Stakeholder(String person, String name, @Nullable String title, BuyingRole role,
			@Nullable Stage stage, @Nullable LocalDate stageSince, @Nullable Attitude attitude,
			@Nullable Participation participation, double influence, @Nullable LocalDate lastEngagedAt,
			boolean reached) {
	}

	public record MostInfluential(String person, String name, double influence, Stage stage) {
	}

	public record PersonInfluence(String person, double influence) {
	}

	/**
	 * An unreached decision-maker; {@code warmPathNames} are the names along the warm
	 * path, for people to read (the JSON carries the ids).
	 */
	public record UnreachedDecisionMaker(String person, BuyingRole role, double influence,
			@Nullable LocalDate lastEngagedAt, @Nullable List<String> warmPath, @Nullable List<String> warmPathNames) {
	}

	/** The result as DOMAIN.md section 4 writes it. */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("opportunity", this.opportunity);
		json.put("asOf", this.asOf.toString());
		json.put("claimedStage", this.claimedStage.name());
		json.put("effectiveStage", (this.effectiveStage != null) ? this.effectiveStage.name() : null);
		json.put("weightedStage", (this.weightedStage != null) ? round(this.weightedStage, 2) : null);
		json.put("stageGap", this.stageGap);
		if (this.mostInfluential != null) {
			Map<String, Object> most = new LinkedHashMap<>();
			most.put("person", this.mostInfluential.person());
			most.put("name", this.mostInfluential.name());
			most.put("influence", round(this.mostInfluential.influence(), 4));
			most.put("stage", this.mostInfluential.stage().name());
			json.put("mostInfluential", most);
		}
		else {
			json.put("mostInfluential", null);
		}
		json.put("influence", this.influence.stream().map((p) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("person", p.person());
			entry.put("influence", round(p.influence(), 4));
			return entry;
		}).toList());
		json.put("unreachedDecisionMakers", this.unreachedDecisionMakers.stream().map((u) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("person", u.person());
			entry.put("role", u.role().name());
			entry.put("influence", round(u.influence(), 4));
			entry.put("lastEngagedAt", (u.lastEngagedAt() != null) ? u.lastEngagedAt().toString() : null);
			entry.put("warmPath", u.warmPath());
			return entry;
		}).toList());
		json.put("risks", this.risks.stream().map((r) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", r.code().name());
			entry.put("weight", r.weight());
			entry.put("people", r.people());
			entry.put("message", r.message());
			return entry;
		}).toList());
		json.put("riskScore", this.riskScore);
		json.put("explanation", this.explanation);
		return json;
	}

	static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
	}

}
