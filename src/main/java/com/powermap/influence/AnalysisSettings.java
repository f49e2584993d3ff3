package com.powermap.influence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights and windows of the analyses (DOMAIN.md section 3), with its defaults.
 *
 * @param reportsToWeight how much a REPORTS_TO makes the subordinate defer to the manager
 * @param delegationWeight how much a DELEGATES makes the delegator defer to the delegate
 * @param damping the PageRank damping factor
 * @param reachWindowDays how recent an ENGAGED must be for its person to count as reached
 * @param regressionWindowDays how far back STAGE_REGRESSION looks
 */
@ConfigurationProperties("powermap.analysis")
public record AnalysisSettings(@DefaultValue("1.0") double reportsToWeight,
		@DefaultValue("0.5") double delegationWeight, @DefaultValue("0.85") double damping,
		@DefaultValue("90") int reachWindowDays, @DefaultValue("30") int regressionWindowDays) {

	public static final AnalysisSettings DEFAULTS = new AnalysisSettings(1.0, 0.5, 0.85, 90, 30);

	public AnalysisSettings {
		if (!(damping > 0 && damping < 1)) {
			throw new IllegalArgumentException("powermap.analysis.damping must be in (0,1), not " + damping);
		}
		if (reportsToWeight <= 0 || delegationWeight <= 0) {
			throw new IllegalArgumentException("powermap.analysis weights must be positive");
		}
		if (reachWindowDays < 1 || regressionWindowDays < 1) {
			throw new IllegalArgumentException("powermap.analysis windows must be at least one day");
		}
	}

}
