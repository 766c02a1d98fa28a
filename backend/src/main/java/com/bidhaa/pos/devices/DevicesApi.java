package com.bidhaa.pos.devices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a device the first time it is seen and keeps what the server knows of its
 * sync: its short code, who used it, when it last pulled and pushed, what it still holds,
 * how far its sale sequence has arrived, and its latest report of how safe its local data
 * is.
 */
@Service
public class DevicesApi {

	private final JdbcClient jdbc;

	private final DeviceCodes codes;

	private final Clock clock;

	DevicesApi(JdbcClient jdbc, DeviceCodes codes, Clock clock) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Registers the device on first sight, before a sale that names it is stored; writes
	 * nothing for a known device.
	 */
	@Transactional
	public void ensureRegistered(UUID deviceId, UUID userId) {
		if (find(deviceId).isEmpty()) {
			register(deviceId, userId, this.clock.instant().atOffset(ZoneOffset.UTC));
		}
	}

	/**
	 * Writes what a request told of the device, in one statement, registering it on first
	 * sight: who used it and when, its name, pull and push times, what it still holds,
	 * its health report (replaced whole, stamped with the server's time) and how far its
	 * sales have arrived (which never moves back).
	 */
	@Transactional
	public void record(DeviceCall call) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		OffsetDateTime pulled = call.pulled() ? now : null;
		OffsetDateTime pushed = call.pushed() ? now : null;
		SaleSequence sequence = (call.sequence() != null) ? call.sequence() : new SaleSequence(0, 0);
		HealthReport health = call.health();
		String healthColumns = (health != null) ? """
				, storage_persisted = ?, storage_used_bytes = ?, storage_quota_bytes = ?, oldest_pending_at = ?,
				health_app_version = ?, health_reported_at = ?""" : "";
		List<Object> parameters = new ArrayList<>(List.of(call.userId(), now));
		parameters.addAll(Arrays.asList(call.name(), call.appVersion(), pulled, pushed, call.pending(),
				sequence.contiguous(), sequence.max()));
		if (health != null) {
			parameters
				.addAll(Arrays.asList(health.storagePersisted(), health.storageUsedBytes(), health.storageQuotaBytes(),
						(health.oldestPendingAt() != null) ? health.oldestPendingAt().atOffset(ZoneOffset.UTC) : null,
						health.appVersion(), now));
		}
		parameters.add(call.deviceId());
		String update = """
				UPDATE devices SET user_id = ?, last_seen_at = ?, name = COALESCE(?, name),
				    app_version = COALESCE(?, app_version), last_pull_at = COALESCE(?, last_pull_at),
				    last_push_at = COALESCE(?, last_push_at), pending_count = COALESCE(?, pending_count),
				    contiguous_seq = GREATEST(contiguous_seq, ?), max_seq = GREATEST(max_seq, ?)""" + healthColumns
				+ " WHERE id = ?";
		if (this.jdbc.sql(update).params(parameters).update() == 0) {
			// First sight: register it, then write the call (the insert may lose a race).
			register(call.deviceId(), call.userId(), now);
			this.jdbc.sql(update).params(parameters).update();
		}
	}

	/**
	 * Gives the device the code a manager chose; 400 invalid-device-code, 409
	 * device-code-taken when another device holds or held it.
	 */
	@Transactional
	public DeviceView changeCode(UUID deviceId, String code) {
		this.codes.change(deviceId, code, this.clock.instant().atOffset(ZoneOffset.UTC));
		return find(deviceId).orElseThrow();
	}

	/** Inserts a device on first sight with the next code; the insert may lose a race. */
	private void register(UUID deviceId, UUID userId, OffsetDateTime now) {
		int inserted = this.jdbc.sql("""
				INSERT INTO devices (id, user_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(deviceId, userId, now, now).update();
		if (inserted == 1) {
			this.codes.assign(deviceId, now);
		}
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
