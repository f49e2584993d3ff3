package com.powermap.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an editor sets on a person: everything but the id. A save writes all of them, so a
 * field left null is cleared.
 */
public record PersonFields(@Nullable String name, @Nullable String title, @Nullable String department,
		@Nullable String email, @Nullable String org, @Nullable LocalDate leftAt) {

}
