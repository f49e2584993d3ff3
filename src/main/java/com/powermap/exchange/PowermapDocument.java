package com.powermap.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.Participation;
import com.powermap.deals.Stage;
import com.powermap.organization.OrganizationKind;
import com.powermap.people.RelationshipType;

/**
 * A {@code powermap/v1} document, read and checked field by field. Every element
 * remembers where it came from ({@link Source}), so that the checks that need the whole
 * document or the stored graph can still name the exact place of an error.
 */
public record PowermapDocument(@Nullable LocalDate asOf, List<Organization> organizations, List<Person> people,
		List<Relationship> relationships, List<Opportunity> opportunities) {

	public static final String FORMAT = "powermap/v1";

	public record Organization(Source source, String id, String name, OrganizationKind kind) {
	}

	public record Person(Source source, String id, String name, @Nullable String title, @Nullable String department,
			@Nullable String email, String org, @Nullable LocalDate leftAt) {
	}

	/**
	 * A relationship between two people; which optional fields apply depends on the type.
	 */
	public record Relationship(Source source, RelationshipType type, String from, String to, @Nullable Double strength,
			@Nullable String note, @Nullable String context, @Nullable String opportunity, @Nullable Moment at,
			@Nullable String channel, @Nullable LocalDate since, @Nullable LocalDate until) {

		/**
		 * The identity of DOMAIN.md section 2: type, from and to, plus the opportunity of
		 * a DELEGATES and the moment of an ENGAGED.
		 */
		public String identity() {
			String base = this.type + " " + this.from + " -> " + this.to;
			return switch (this.type) {
				case DELEGATES -> base + " for " + ((this.opportunity != null) ? this.opportunity : "all deals");
				case ENGAGED -> base + " at " + this.at;
				default -> base;
			};
		}

	}

	public record Opportunity(Source source, String id, String name, String account, Stage claimedStage,
			@Nullable BigDecimal amount, @Nullable String currency, List<Involvement> involvements) {
	}

	public record Involvement(Source source, String person, BuyingRole role, List<Assessment> assessments) {
	}

	public record Assessment(Source source, Moment at, @Nullable Stage stage, @Nullable Attitude attitude,
			@Nullable Participation participation, @Nullable String note) {
	}

}
