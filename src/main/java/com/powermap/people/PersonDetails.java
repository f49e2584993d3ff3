package com.powermap.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stored person as an editor reads them, with the version a save must name.
 */
public record PersonDetails(String id, String name, @Nullable String title, @Nullable String department,
		@Nullable String email, String org, String orgName, String orgKind, @Nullable LocalDate leftAt, long version) {

	/** The editable fields, to change some and save them all. */
	public PersonFields fields() {
		return new PersonFields(this.name, this.title, this.department, this.email, this.org, this.leftAt);
	}

}
