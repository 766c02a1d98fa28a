package com.bidhaa.pos.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
	 * A device and how far its sales have arrived.
	 *
	 * @param id the device's id
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
	 */
	@Schema(name = "SyncStatusDevice")
	record Device(UUID id, String name, UUID userId, String userName, String appVersion, Instant firstSeenAt,
			Instant lastSeenAt, Instant lastPullAt, Instant lastPushAt, Integer pending, long contiguousSeq,
			long maxSeq, List<Long> gaps, long gapCount) {
	}

}
