package com.bidhaa.pos.sync;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sync limits, and when the sync status calls a device at risk.
 *
 * @param salesWindow how far back sales/sync serves sales (by sale time), for history and
 * offline reports
 * @param maxBatch the most sales one bulk_create may carry
 * @param pendingAgeWarning how long a device's oldest unsent item may wait before the
 * device is at risk (old-pending-sales)
 * @param deviceSilenceWarning how long a device may stay unheard of before it is at risk
 * (not-seen)
 */
@Validated
@ConfigurationProperties("pos.sync")
record SyncProperties(@DefaultValue("30d") Duration salesWindow, @DefaultValue("500") @Min(1) @Max(5000) int maxBatch,
		@DefaultValue("1h") Duration pendingAgeWarning, @DefaultValue("24h") Duration deviceSilenceWarning) {
}
