package com.bidhaa.pos.sync;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded conflict.
 *
 * @param id the conflict's id
 * @param type oversold, price-mismatch, archived-product, total-mismatch or customer-edit
 * @param deviceId the device that sent the sale
 * @param saleId the sale
 * @param productId the product concerned, or null
 * @param customerId the customer concerned (customer-edit), or null
 * @param values the figures involved
 * @param createdAt when it was recorded
 * @param resolvedAt when a manager marked it resolved, or null while open
 * @param resolvedBy who resolved it
 */
record ConflictView(UUID id, String type, UUID deviceId, UUID saleId, UUID productId, UUID customerId,
		Map<String, Object> values, Instant createdAt, Instant resolvedAt, UUID resolvedBy) {
}
