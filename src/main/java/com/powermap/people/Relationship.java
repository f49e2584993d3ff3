package com.powermap.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A relationship between two people as an editor sees and saves it. Which optional fields
 * apply depends on the type (DOMAIN.md section 1); a save writes all of them.
 *
 * @param opportunity the deal a DELEGATES is limited to, null for all deals
 */
public record Relationship(RelationshipType type, String from, String to, @Nullable Double strength,
		@Nullable String opportunity, @Nullable String note, @Nullable String context, @Nullable LocalDate since,
		@Nullable LocalDate until) {

}
