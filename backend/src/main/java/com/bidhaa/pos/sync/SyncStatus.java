package com.bidhaa.pos.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The server's side of sync, for a manager.
 *
 * @param serverTime the server's clock
 * @param devices every device, most recently seen first
 * @param openConflicts open conflicts by type
 * @param salesReceivedToday sales the server received since midnight in the shop's time
 * zone
 */
record SyncStatus(Instant serverTime, List<Device> devices, Map<String, Long> openConflicts, long salesReceivedToday) {

	/**
	 * A device, how far its sales have arrived and how safe what it still holds is.
	 *
	 * @param id the device's id
	 * @param code the short code that starts its sale numbers
	 * @param name its registered name
	 * @param userId who used it last
	 * @param userName that user's display name
	 * @param appVersion its registered app version
	 * @param firstSeenAt when the server first heard of it
	 * @param lastSeenAt when it last called
	 * @param lastPullAt when it last pulled
	 * @param lastPushAt when it last pushed
	 * @param pending what it said it still held at its last push
	 * @param contiguousSeq the highest n such that its sales 1..n have all arrived
	 * @param maxSeq the highest sequence number arrived
	 * @param gaps sequence numbers below max_seq that have not arrived (the first 100)
	 * @param gapCount how many numbers are missing in all
	 * @param health its latest health report, or null when it never sent one
	 * @param risks what puts its unsent sales at risk, as stable codes
	 */
	@Schema(name = "SyncStatusDevice")
	record Device(UUID id, String code, String name, UUID userId, String userName, String appVersion,
			Instant firstSeenAt, Instant lastSeenAt, Instant lastPullAt, Instant lastPushAt, Integer pending,
			long contiguousSeq, long maxSeq, List<Long> gaps, long gapCount, Health health,
			@ArraySchema(arraySchema = @Schema(description = DeviceRisks.DESCRIPTION),
					schema = @Schema(allowableValues = {
							DeviceRisks.STORAGE_NOT_PERSISTED, DeviceRisks.STORAGE_NEARLY_FULL,
							DeviceRisks.OLD_PENDING_SALES, DeviceRisks.NOT_SEEN,
							DeviceRisks.SEQUENCE_GAPS })) List<String> risks){
	}

	/**
	 * A device's latest report of how safe its local data is.
	 *
	 * @param storagePersisted whether the browser promised to keep its data, or null
	 * @param storageUsedBytes the storage it used, or null
	 * @param storageQuotaBytes the storage it could use, or null
	 * @param oldestPendingAt when its oldest unsent item was made, or null when none
	 * @param appVersion the app version that reported, or null
	 * @param reportedAt when the server received the report
	 */
	@Schema(name = "DeviceHealth", description = "A device's latest health report as the server received it; "
			+ "null when the device never sent one")
	record Health(Boolean storagePersisted, Long storageUsedBytes, Long storageQuotaBytes, Instant oldestPendingAt,
			String appVersion, Instant reportedAt) {
	}

}
