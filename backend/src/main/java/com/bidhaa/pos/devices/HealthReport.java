package com.bidhaa.pos.devices;

import java.time.Instant;

/**
 * What a device reported about the safety of the data it keeps locally.
 *
 * @param storagePersisted whether the browser promised to keep its storage under pressure
 * (navigator.storage.persist()), or null when unknown
 * @param storageUsedBytes the storage it uses, as the browser estimates it, or null
 * @param storageQuotaBytes the storage it may use, as the browser estimates it, or null
 * @param oldestPendingAt when the oldest item it still holds unsent was made, or null
 * when it holds none
 * @param appVersion the app version that reported, or null
 */
public record HealthReport(Boolean storagePersisted, Long storageUsedBytes, Long storageQuotaBytes,
		Instant oldestPendingAt, String appVersion) {
}
