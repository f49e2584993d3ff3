package com.powermap.graphview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What the influence graph of one deal shows as of a date: organizations (drawn as boxes
 * around their people), people with their influence and, for the people involved in the
 * deal, their role, attitude and stage, and the relationships between the people shown.
 * {@code accountPeople} counts the people of the account; when more than
 * {@link GraphPayloadService#MAX_PEOPLE} would be shown, only the most influential are,
 * and {@code truncated} says so. {@code departments} and {@code everyone} are for the
 * filter.
 */
public record GraphPayload(String opportunity, String account, LocalDate asOf, List<Organization> organizations,
		List<Person> people, List<Edge> edges, int accountPeople, boolean truncated, GraphFilter filter,
		List<String> departments, List<Choice> everyone) {

	public record Organization(String id, String name, String kind) {
	}

	/**
	 * A person drawn in the graph; {@code role}, {@code attitude} and {@code stage} (enum
	 * names) only for the people involved in the deal.
	 */
	public record Person(String id, String name, @Nullable String title, @Nullable String department,
			String organization, String organizationKind, double influence, @Nullable String role,
			@Nullable String attitude, @Nullable String stage) {
	}

	/**
	 * The relationships of one type from one person to another; {@code lastAt} and
	 * {@code count} tell the latest and the number of ENGAGED.
	 */
	public record Edge(String type, String from, String to, @Nullable Double strength, @Nullable String note,
			@Nullable String lastAt, int count) {
	}

	/** A person of the account, for picking one in the filter. */
	public record Choice(String id, String name) {
	}

	/** The ids of the people shown. */
	public Set<String> personIds() {
		return this.people.stream().map(Person::id).collect(Collectors.toUnmodifiableSet());
	}

	/** The people of the account shown (those of other organizations are not counted). */
	public long shownAccountPeople() {
		return this.people.stream().filter((p) -> p.organization().equals(this.account)).count();
	}

}
