package com.bidhaa.pos.devices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a device the first time it is seen and keeps what the server knows of its
 * sync: who used it, when it last pulled and pushed, what it still holds, how far its
 * sale sequence has arrived, and its latest report of how safe its local data is.
 */
@Service
public class DevicesApi {

	private final JdbcClient jdbc;

	private final Clock clock;

	DevicesApi(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records that the device acted for the user now, registering it on first sight. */
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

	/** Records a pull by the device, registering it on first sight. */
	@Transactional
	public void recordPull(UUID deviceId, UUID userId) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String pulled = "UPDATE devices SET user_id = ?, last_seen_at = ?, last_pull_at = ? WHERE id = ?";
		// The device was registered by this very call (DeviceCallInterceptor); register
		// it here only if not.
		if (this.jdbc.sql(pulled).params(userId, now, now, deviceId).update() == 0) {
			recordSeen(deviceId, userId);
			this.jdbc.sql(pulled).params(userId, now, now, deviceId).update();
		}
	}

	/**
	 * Records a push by the device, how many items it says it still has queued and the
	 * health report it sent with them (null keeps the last one).
	 */
	@Transactional
	public void recordPush(UUID deviceId, UUID userId, Integer pending, HealthReport health) {
		recordSeen(deviceId, userId);
		this.jdbc.sql(
				"UPDATE devices SET last_push_at = last_seen_at, pending_count = COALESCE(?, pending_count) WHERE id = ?")
			.params(pending, deviceId)
			.update();
		storeHealth(deviceId, health);
	}

	/**
	 * Records a call by the device (any API call carrying X-Device-Id), with the name and
	 * app version its headers give, if any; registers it on first sight.
	 */
	@Transactional
	public void recordCall(UUID deviceId, UUID userId, String name, String appVersion) {
		if (name == null && appVersion == null) {
			recordSeen(deviceId, userId);
			return;
		}
		register(deviceId, userId, name, appVersion, null);
	}

	/**
	 * Names the device and its app version and keeps its health report (null keeps what
	 * was known), registering it on first sight.
	 */
	@Transactional
	public void register(UUID deviceId, UUID userId, String name, String appVersion, HealthReport health) {
		recordSeen(deviceId, userId);
		this.jdbc
			.sql("UPDATE devices SET name = COALESCE(?, name), app_version = COALESCE(?, app_version) WHERE id = ?")
			.params(name, appVersion, deviceId)
			.update();
		storeHealth(deviceId, health);
	}

	/**
	 * Replaces the device's health report whole, stamped with the server's time: only the
	 * latest one is kept.
	 */
	private void storeHealth(UUID deviceId, HealthReport health) {
		if (health == null) {
			return;
		}
		OffsetDateTime oldestPendingAt = (health.oldestPendingAt() != null)
				? health.oldestPendingAt().atOffset(ZoneOffset.UTC) : null;
		this.jdbc.sql("""
				UPDATE devices SET storage_persisted = ?, storage_used_bytes = ?, storage_quota_bytes = ?,
				    oldest_pending_at = ?, health_app_version = ?, health_reported_at = ?
				WHERE id = ?""")
			.params(health.storagePersisted(), health.storageUsedBytes(), health.storageQuotaBytes(), oldestPendingAt,
					health.appVersion(), this.clock.instant().atOffset(ZoneOffset.UTC), deviceId)
			.update();
	}

	/** The device's sale sequence as received so far; the device must be registered. */
	@Transactional(propagation = Propagation.MANDATORY)
	public SaleSequence sequence(UUID deviceId) {
		return this.jdbc.sql("SELECT contiguous_seq, max_seq FROM devices WHERE id = ?")
			.param(deviceId)
			.query((rs, row) -> new SaleSequence(rs.getLong("contiguous_seq"), rs.getLong("max_seq")))
			.single();
	}

	/** Stores how far the device's sale sequence has arrived. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void updateSequence(UUID deviceId, SaleSequence sequence) {
		this.jdbc.sql("UPDATE devices SET contiguous_seq = ?, max_seq = ? WHERE id = ?")
			.params(sequence.contiguous(), sequence.max(), deviceId)
			.update();
	}

	/** The device, if the server has heard of it. */
	@Transactional(readOnly = true)
	public Optional<DeviceView> find(UUID deviceId) {
		return this.jdbc.sql("SELECT " + DeviceView.COLUMNS + " FROM devices WHERE id = ?")
			.param(deviceId)
			.query(DeviceView::map)
			.optional();
	}

	/** Every device, most recently seen first. */
	@Transactional(readOnly = true)
	public List<DeviceView> all() {
		return this.jdbc.sql("SELECT " + DeviceView.COLUMNS + " FROM devices ORDER BY last_seen_at DESC, id")
			.query(DeviceView::map)
			.list();
	}

}
