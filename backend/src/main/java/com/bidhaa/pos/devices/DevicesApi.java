package com.bidhaa.pos.devices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a device the first time it is seen and keeps when it was last seen and by
 * whom.
 */
@Service
public class DevicesApi {

	private final JdbcClient jdbc;

	private final Clock clock;

	DevicesApi(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that {@code deviceId} acted for {@code userId} now, registering it on first
	 * sight.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordSeen(UUID deviceId, UUID userId) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int updated = this.jdbc.sql("UPDATE devices SET user_id = ?, last_seen_at = ? WHERE id = ?")
			.params(userId, now, deviceId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO devices (id, user_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING""").params(deviceId, userId, now, now).update();
		}
	}

}
