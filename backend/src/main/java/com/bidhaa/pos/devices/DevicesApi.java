package com.bidhaa.pos.devices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a device the first time it is seen and keeps what the server knows of its
 * sync: who used it, when it last pulled and pushed, what it still holds, how far its
 * sale sequence has arrived.
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

	/** Records a push by the device and how many items it says it still has queued. */
	@Transactional
	public void recordPush(UUID deviceId, UUID userId, Integer pending) {
		recordSeen(deviceId, userId);
		this.jdbc.sql(
				"UPDATE devices SET last_push_at = last_seen_at, pending_count = COALESCE(?, pending_count) WHERE id = ?")
			.params(pending, deviceId)
			.update();
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
		register(deviceId, userId, name, appVersion);
	}

	/**
	 * Names the device and its app version (null keeps what was known), registering it on
	 * first sight.
	 */
	@Transactional
	public void register(UUID deviceId, UUID userId, String name, String appVersion) {
		recordSeen(deviceId, userId);
		this.jdbc
			.sql("UPDATE devices SET name = COALESCE(?, name), app_version = COALESCE(?, app_version) WHERE id = ?")
			.params(name, appVersion, deviceId)
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

	/** Every device, most recently seen first. */
	@Transactional(readOnly = true)
	public List<DeviceView> all() {
		return this.jdbc.sql("""
				SELECT id, name, user_id, app_version, first_seen_at, last_seen_at, last_pull_at, last_push_at,
				       pending_count, contiguous_seq, max_seq
				FROM devices ORDER BY last_seen_at DESC, id""").query(DeviceView::map).list();
	}

}
