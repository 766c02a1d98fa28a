package com.bidhaa.pos.devices;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The short codes that start each device's sale numbers: T1, T2, … in order of
 * registration, or what a manager chose. A code once held by a device is never given to
 * another (table device_codes), because the sale numbers it printed stay on paper.
 */
@Component
class DeviceCodes {

	/** Letters and digits, at least one letter, so a code never reads as a year. */
	private static final Pattern CODE = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{1,8}");

	/**
	 * Four hex digits: what a device prints before it learns its code (the start of its
	 * id), so a manager's code must not look like one.
	 */
	private static final Pattern DEVICE_MADE = Pattern.compile("[0-9A-F]{4}");

	private final JdbcClient jdbc;

	DeviceCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Gives a device registered in this transaction the next free T-code; the counter's
	 * row lock orders concurrent registrations.
	 */
	void assign(UUID deviceId, OffsetDateTime now) {
		String code;
		do {
			this.jdbc.sql("UPDATE device_code_counter SET last_number = last_number + 1 WHERE id = 1").update();
			long number = this.jdbc.sql("SELECT last_number FROM device_code_counter WHERE id = 1")
				.query(Long.class)
				.single();
			code = "T" + number;
		}
		while (!reserve(code, deviceId, now));
		this.jdbc.sql("UPDATE devices SET code = ? WHERE id = ?").params(code, deviceId).update();
	}

	/**
	 * Gives the device the code a manager chose (in capitals), unless another device
	 * holds or held it.
	 */
	String change(UUID deviceId, String requested, OffsetDateTime now) {
		String code = requested.trim().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches() || DEVICE_MADE.matcher(code).matches()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_DEVICE_CODE, "Invalid device code",
					"A device code is 1 to 8 letters and digits with at least one letter, "
							+ "and not four hex digits (A-F, 0-9).");
		}
		if (this.jdbc.sql("SELECT COUNT(*) FROM devices WHERE id = ?")
			.param(deviceId)
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException("Device", deviceId);
		}
		if (!reserve(code, deviceId, now)) {
			throw new ApiException(HttpStatus.CONFLICT, ProblemTypes.DEVICE_CODE_TAKEN, "Device code taken",
					"Another device holds or held code " + code + "; its sale numbers start with it.");
		}
		this.jdbc.sql("UPDATE devices SET code = ? WHERE id = ?").params(code, deviceId).update();
		return code;
	}

	/** True when the code is now this device's for good (new, or held by it before). */
	private boolean reserve(String code, UUID deviceId, OffsetDateTime now) {
		this.jdbc.sql("INSERT INTO device_codes (code, device_id, taken_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(code, deviceId, now)
			.update();
		return this.jdbc.sql("SELECT device_id FROM device_codes WHERE code = ?")
			.param(code)
			.query(UUID.class)
			.single()
			.equals(deviceId);
	}

}
