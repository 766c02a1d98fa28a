package com.bidhaa.pos.sync;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sync limits.
 *
 * @param salesWindow how far back sales/sync serves sales (by sale time), for history and
 * offline reports
 * @param maxBatch the most sales one bulk_create may carry
 */
@Validated
@ConfigurationProperties("pos.sync")
record SyncProperties(@DefaultValue("30d") Duration salesWindow, @DefaultValue("500") @Min(1) @Max(5000) int maxBatch) {
}
