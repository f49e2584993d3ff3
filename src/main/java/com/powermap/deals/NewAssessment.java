package com.powermap.deals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An assessment to record: where a person stands in a deal on a day. Fields left null
 * keep what earlier assessments said.
 *
 * @param day the day it holds from; today (UTC) when null
 * @param role the person's role, needed only when they are not involved in the deal yet
 */
public record NewAssessment(@Nullable String person, @Nullable LocalDate day, @Nullable Stage stage,
		@Nullable Attitude attitude, @Nullable Participation participation, @Nullable String note,
		@Nullable BuyingRole role) {

}
