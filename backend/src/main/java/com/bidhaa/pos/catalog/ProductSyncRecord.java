package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product as a delta pull delivers it; an archived product is a tombstone
 * ({@code deleted: true}) that devices remove from their catalogue.
 *
 * @param id the product's id
 * @param version the change version of its last change, stock included
 * @param deleted true when archived
 * @param sku the stock-keeping code
 * @param barcode the barcode, or null
 * @param name the name
 * @param category the category, or null
 * @param unitPrice the current price
 * @param lowStockThreshold stock at or below which it is low, or null for the shop's
 * default
 * @param stockOnHand the stock on hand
 * @param updatedAt when its details last changed
 */
public record ProductSyncRecord(UUID id, long version, boolean deleted, String sku, String barcode, String name,
		String category, BigDecimal unitPrice, BigDecimal lowStockThreshold, BigDecimal stockOnHand,
		Instant updatedAt) {

}
