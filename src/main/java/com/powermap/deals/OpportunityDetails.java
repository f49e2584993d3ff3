package com.powermap.deals;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A stored opportunity as an editor reads it, with the version a save must name.
 */
public record OpportunityDetails(String id, String name, String account, Stage claimedStage,
		@Nullable BigDecimal amount, @Nullable String currency, long version) {

	/** The editable fields, to change some and save them all. */
	public OpportunityFields fields() {
		return new OpportunityFields(this.name, this.claimedStage, this.amount, this.currency);
	}

}
