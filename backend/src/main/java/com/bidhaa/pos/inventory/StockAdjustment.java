package com.bidhaa.pos.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A recorded stock adjustment.
 *
 * @param id the client-generated id that makes the adjustment idempotent
 * @param productId the product adjusted
 * @param delta the signed change in stock
 * @param reason why
 * @param note free text, may be null
 * @param userId who recorded it
 * @param createdAt when the server recorded it
 * @param stockOnHand the product's stock after all movements so far
 * @param created false when this id was already recorded (a replay)
 */
public record StockAdjustment(UUID id, UUID productId, BigDecimal delta, AdjustmentReason reason, String note,
		UUID userId, Instant createdAt, BigDecimal stockOnHand, @JsonIgnore boolean created) {
}
