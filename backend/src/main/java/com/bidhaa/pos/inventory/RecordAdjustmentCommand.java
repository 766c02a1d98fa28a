package com.bidhaa.pos.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Stock received, counted or written off.
 *
 * @param id client-generated, so a replay is recognised
 * @param productId the product
 * @param delta signed change, never zero
 * @param reason why
 * @param note free text, may be null
 * @param userId who records it
 */
public record RecordAdjustmentCommand(UUID id, UUID productId, BigDecimal delta, AdjustmentReason reason, String note,
		UUID userId) {
}
