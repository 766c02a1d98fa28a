package com.bidhaa.pos.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A device as the server knows it.
 *
 * @param id the device's own id
 * @param name the name it registered, or null
 * @param userId who used it last
 * @param appVersion the app version it registered, or null
 * @param firstSeenAt when the server first heard of it
 * @param lastSeenAt when it last called
 * @param lastPullAt when it last pulled
 * @param lastPushAt when it last pushed sales
 * @param pending how many items it said it still had queued at its last push
 * @param contiguousSeq the highest n such that its sales 1..n have all arrived
 * @param maxSeq the highest sale sequence number that has arrived
 */
public record DeviceView(UUID id, String name, UUID userId, String appVersion, Instant firstSeenAt, Instant lastSeenAt,
		Instant lastPullAt, Instant lastPushAt, Integer pending, long contiguousSeq, long maxSeq) {

	static DeviceView map(ResultSet rs, int row) throws SQLException {
		return new DeviceView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("user_id", UUID.class),
				rs.getString("app_version"), instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
				instant(rs, "last_pull_at"), instant(rs, "last_push_at"), rs.getObject("pending_count", Integer.class),
				rs.getLong("contiguous_seq"), rs.getLong("max_seq"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
