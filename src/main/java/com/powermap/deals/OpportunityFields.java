package com.powermap.deals;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What an editor sets on an opportunity (its account stays). A save writes all of them,
 * so a field left null is cleared.
 */
public record OpportunityFields(@Nullable String name, @Nullable Stage claimedStage, @Nullable BigDecimal amount,
		@Nullable String currency) {

}
