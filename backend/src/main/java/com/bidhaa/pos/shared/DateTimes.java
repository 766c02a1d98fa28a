package com.bidhaa.pos.shared;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.http.HttpStatus;

/**
 * Date-times the databases store alike: PostgreSQL refuses years past 294276 and before
 * 4713 BC (a 500 if it got them), the embedded database takes them, ISO 8601 writes four
 * digits. Clients get a 400 for anything outside the years 1 to 9999 instead.
 */
public final class DateTimes {

	/** The first year accepted. */
	public static final int MIN_YEAR = 1;

	/** The last year accepted. */
	public static final int MAX_YEAR = 9999;

	private DateTimes() {
	}

	/** True when the date-time lies within the years accepted. */
	public static boolean storable(OffsetDateTime value) {
		return value.getYear() >= MIN_YEAR && value.getYear() <= MAX_YEAR;
	}

	/**
	 * The instant of an optional query parameter, or a 400 invalid-parameter when it lies
	 * outside the years accepted.
	 */
	public static Instant parameter(String name, OffsetDateTime value) {
		if (value == null) {
			return null;
		}
		if (!storable(value)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"Parameter '" + name + "' must be a date-time between the years " + MIN_YEAR + " and " + MAX_YEAR
							+ ".");
		}
		return value.toInstant();
	}

}
