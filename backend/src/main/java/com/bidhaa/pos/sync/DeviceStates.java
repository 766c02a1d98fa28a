package com.bidhaa.pos.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.bidhaa.pos.devices.DeviceView;
import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.devices.HealthReport;
import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.users.UserAccount;
import com.bidhaa.pos.users.UsersApi;

import org.springframework.stereotype.Component;

/**
 * Describes devices as the sync status shows them: who used them, how far their numbered
 * sales have arrived and which are missing, their latest health report and the risks the
 * server sees.
 */
@Component
class DeviceStates {

	private static final int GAPS_SHOWN = 100;

	private final DevicesApi devices;

	private final SalesApi sales;

	private final UsersApi users;

	private final SyncProperties properties;

	private final Clock clock;

	DeviceStates(DevicesApi devices, SalesApi sales, UsersApi users, SyncProperties properties, Clock clock) {
		this.devices = devices;
		this.sales = sales;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every device, most recently seen first. */
	List<SyncStatus.Device> all() {
		Instant now = this.clock.instant();
		return this.devices.all().stream().map((device) -> describe(device, now)).toList();
	}

	SyncStatus.Device describe(DeviceView device, Instant now) {
		List<Long> gaps = new ArrayList<>();
		long missing = 0;
		if (device.maxSeq() > device.contiguousSeq()) {
			Set<Long> arrived = new HashSet<>(this.sales.sequencesAbove(device.id(), device.contiguousSeq(), 10_000));
			missing = device.maxSeq() - device.contiguousSeq() - arrived.size();
			for (long seq = device.contiguousSeq() + 1; seq < device.maxSeq() && gaps.size() < GAPS_SHOWN; seq++) {
				if (!arrived.contains(seq)) {
					gaps.add(seq);
				}
			}
		}
		String userName = (device.userId() != null)
				? this.users.findById(device.userId()).map(UserAccount::displayName).orElse(null) : null;
		HealthReport report = device.health();
		SyncStatus.Health health = (report != null) ? new SyncStatus.Health(report.storagePersisted(),
				report.storageUsedBytes(), report.storageQuotaBytes(), report.oldestPendingAt(), report.appVersion(),
				device.healthReportedAt()) : null;
		return new SyncStatus.Device(device.id(), device.code(), device.name(), device.userId(), userName,
				device.appVersion(), device.firstSeenAt(), device.lastSeenAt(), device.lastPullAt(),
				device.lastPushAt(), device.pending(), device.contiguousSeq(), device.maxSeq(), gaps, missing, health,
				DeviceRisks.of(device, missing, this.properties, now));
	}

}
