package com.powermap.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;

import org.jspecify.annotations.Nullable;

/**
 * A point in time as the exchange format writes it: an ISO-8601 date, or a date-time that
 * counts as its calendar date in UTC. The exact value is kept (it is part of an
 * assessment's and an engagement's identity); {@link #day()} is what every analysis
 * compares.
 *
 * @param day the calendar date (in UTC for a date-time)
 * @param instant the exact instant for a date-time, null for a plain date
 */
public record Moment(LocalDate day, @Nullable Instant instant) implements Comparable<Moment> {

	public static Moment of(LocalDate day) {
		return new Moment(day, null);
	}

	/**
	 * Parses an ISO-8601 date ({@code 2016-03-10}) or date-time with an offset
	 * ({@code 2016-03-10T09:30:00+08:00}, {@code 2016-03-10T01:30:00Z}); a date-time
	 * without an offset is read as UTC.
	 * @throws DateTimeParseException when it is neither
	 */
	public static Moment parse(String text) {
		String s = text.trim();
		if (s.length() <= 10) {
			return of(LocalDate.parse(s));
		}
		Instant instant;
		try {
			instant = OffsetDateTime.parse(s).toInstant();
		}
		catch (DateTimeParseException ex) {
			instant = java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
		}
		return new Moment(instant.atOffset(ZoneOffset.UTC).toLocalDate(), instant);
	}

	/**
	 * The value stored in Neo4j: a {@code Date} for a plain date, a UTC {@code DateTime}
	 * otherwise.
	 */
	public Temporal toStored() {
		return this.instant != null ? this.instant.atOffset(ZoneOffset.UTC) : this.day;
	}

	@Override
	public int compareTo(Moment other) {
		int byDay = this.day.compareTo(other.day);
		if (byDay != 0) {
			return byDay;
		}
		Instant mine = (this.instant != null) ? this.instant : this.day.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant theirs = (other.instant != null) ? other.instant : other.day.atStartOfDay().toInstant(ZoneOffset.UTC);
		return mine.compareTo(theirs);
	}

	@Override
	public String toString() {
		return (this.instant != null) ? this.instant.toString() : this.day.toString();
	}

}
