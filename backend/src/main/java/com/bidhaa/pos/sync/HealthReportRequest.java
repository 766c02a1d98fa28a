package com.bidhaa.pos.sync;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.devices.HealthReport;
import com.bidhaa.pos.shared.Text;

/**
 * How safe a device's local data is, as it reports with a push or when it registers.
 * Every field is optional; the report replaces the previous one whole. Storage figures
 * are the browser's estimates (navigator.storage.estimate()), so used may exceed quota.
 *
 * @param storagePersisted the answer of navigator.storage.persist(), null when unknown
 * @param storageUsedBytes the storage the app uses, 0 to 10^15
 * @param storageQuotaBytes the storage the app may use, 0 to 10^15
 * @param oldestPendingAt when the oldest item the device still holds unsent (after this
 * batch, in a push) was made, null when none
 * @param appVersion the app version that reports
 */
@Schema(name = "DeviceHealthReport", description = """
		How safe the device's local data is; kept as its latest report, replacing the previous one whole. Every \
		field is optional. storage_used_bytes and storage_quota_bytes are the browser's estimates \
		(navigator.storage.estimate(); used may exceed quota), 0 to 10^15. oldest_pending_at is when the oldest item \
		the device still holds unsent was made (in a push: what remains after this batch), null when none, years \
		2000 to 2999. A report outside these limits refuses the whole request: 400 validation-failed naming \
		health.<field>.""")
record HealthReportRequest(Boolean storagePersisted, @PositiveOrZero @Max(MAX_BYTES) Long storageUsedBytes,
		@PositiveOrZero @Max(MAX_BYTES) Long storageQuotaBytes, OffsetDateTime oldestPendingAt,
		@Size(max = 40) String appVersion) {

	/** A petabyte: no browser gives a web app more, so a larger figure is a bug. */
	static final long MAX_BYTES = 1_000_000_000_000_000L;

	HealthReportRequest {
		appVersion = Text.blankToNull(appVersion);
	}

	/**
	 * A time a device can have made an item at (years 2000 to 2999). A clock that is off
	 * by minutes or days is accepted: a refused report refuses the whole push it rides
	 * on, so only what no device can mean is refused.
	 */
	@AssertTrue(message = "must be a time between the years 2000 and 2999")
	boolean isOldestPendingAtPlausible() {
		return this.oldestPendingAt == null
				|| (this.oldestPendingAt.getYear() >= 2000 && this.oldestPendingAt.getYear() <= 2999);
	}

	HealthReport toReport() {
		return new HealthReport(this.storagePersisted, this.storageUsedBytes, this.storageQuotaBytes,
				(this.oldestPendingAt != null) ? this.oldestPendingAt.toInstant() : null, this.appVersion);
	}

}
