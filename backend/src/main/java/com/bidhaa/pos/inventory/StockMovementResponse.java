package com.bidhaa.pos.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a product's stock history.
 *
 * @param id the movement's id (an adjustment's own id)
 * @param kind sale or adjustment
 * @param quantity signed change
 * @param saleId the sale, for sale movements
 * @param reason the adjustment's reason, lower case
 * @param note the adjustment's note
 * @param userId who caused it
 * @param createdAt when the server recorded it
 */
public record StockMovementResponse(UUID id, String kind, BigDecimal quantity, UUID saleId, String reason, String note,
		UUID userId, Instant createdAt) {
}
