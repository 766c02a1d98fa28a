package com.bidhaa.pos.sales;

import java.util.List;
import java.util.UUID;

/**
 * Published inside a sale's transaction when the sale was recorded with conflicts, so
 * they are stored with the sale or not at all (docs/sync-protocol.md, "Server decides,
 * and tells").
 *
 * @param saleId the sale
 * @param deviceId the device that sent it, or null
 * @param conflicts what did not match
 */
public record SaleConflictsFound(UUID saleId, UUID deviceId, List<SaleConflict> conflicts) {
}
