package com.bidhaa.pos.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.bidhaa.pos.devices.DeviceView;
import com.bidhaa.pos.devices.HealthReport;

/**
 * What puts a device's unsent sales at risk, as stable codes a screen can switch on: the
 * server judges it from the device's latest health report, when it was last heard of and
 * how far its sales have arrived.
 */
final class DeviceRisks {

	static final String STORAGE_NOT_PERSISTED = "storage-not-persisted";

	static final String STORAGE_NEARLY_FULL = "storage-nearly-full";

	static final String OLD_PENDING_SALES = "old-pending-sales";

	static final String NOT_SEEN = "not-seen";

	static final String SEQUENCE_GAPS = "sequence-gaps";

	/** The contract's description of the codes. */
	static final String DESCRIPTION = """
			What puts the device's unsent sales at risk, in this order, empty when nothing does: \
			storage-not-persisted (its last report said storage_persisted false: the browser may delete its data \
			under storage pressure); storage-nearly-full (storage_used_bytes is at least 90% of \
			storage_quota_bytes); old-pending-sales (oldest_pending_at is older than pos.sync.pending-age-warning, \
			1 hour by default); not-seen (last_seen_at is older than pos.sync.device-silence-warning, 24 hours by \
			default); sequence-gaps (gap_count > 0: sales numbered below max_seq have not arrived).""";

	private DeviceRisks() {
	}

	static List<String> of(DeviceView device, long gapCount, SyncProperties properties, Instant now) {
		List<String> risks = new ArrayList<>();
		HealthReport health = device.health();
		if (health != null && Boolean.FALSE.equals(health.storagePersisted())) {
			risks.add(STORAGE_NOT_PERSISTED);
		}
		if (health != null && nearlyFull(health.storageUsedBytes(), health.storageQuotaBytes())) {
			risks.add(STORAGE_NEARLY_FULL);
		}
		if (health != null && health.oldestPendingAt() != null
				&& health.oldestPendingAt().isBefore(now.minus(properties.pendingAgeWarning()))) {
			risks.add(OLD_PENDING_SALES);
		}
		if (device.lastSeenAt().isBefore(now.minus(properties.deviceSilenceWarning()))) {
			risks.add(NOT_SEEN);
		}
		if (gapCount > 0) {
			risks.add(SEQUENCE_GAPS);
		}
		return risks;
	}

	/** Used at least 90% of quota; both are at most 10^15, so ten times either fits. */
	private static boolean nearlyFull(Long used, Long quota) {
		return used != null && quota != null && used * 10 >= quota * 9;
	}

}
