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
 * @param code the short code that starts its sale numbers (T1, or a manager's choice)
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
 * @param health its latest health report, or null when it never sent one
 * @param healthReportedAt when the server received that report, or null
 */
public record DeviceView(UUID id, String code, String name, UUID userId, String appVersion, Instant firstSeenAt,
		Instant lastSeenAt, Instant lastPullAt, Instant lastPushAt, Integer pending, long contiguousSeq, long maxSeq,
		HealthReport health, Instant healthReportedAt) {

	static final String COLUMNS = """
			id, code, name, user_id, app_version, first_seen_at, last_seen_at, last_pull_at, last_push_at, pending_count,
			contiguous_seq, max_seq, storage_persisted, storage_used_bytes, storage_quota_bytes, oldest_pending_at,
			health_app_version, health_reported_at""";

	/** How far its sales have arrived. */
	public SaleSequence sequence() {
		return new SaleSequence(this.contiguousSeq, this.maxSeq);
	}

	static DeviceView map(ResultSet rs, int row) throws SQLException {
		Instant reportedAt = instant(rs, "health_reported_at");
		HealthReport health = (reportedAt != null) ? new HealthReport(rs.getObject("storage_persisted", Boolean.class),
				rs.getObject("storage_used_bytes", Long.class), rs.getObject("storage_quota_bytes", Long.class),
				instant(rs, "oldest_pending_at"), rs.getString("health_app_version")) : null;
		return new DeviceView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getObject("user_id", UUID.class), rs.getString("app_version"), instant(rs, "first_seen_at"),
				instant(rs, "last_seen_at"), instant(rs, "last_pull_at"), instant(rs, "last_push_at"),
				rs.getObject("pending_count", Integer.class), rs.getLong("contiguous_seq"), rs.getLong("max_seq"),
				health, reportedAt);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
