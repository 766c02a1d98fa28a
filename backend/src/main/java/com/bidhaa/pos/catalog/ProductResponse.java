package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product with its stock on hand.
 *
 * @param id the product's id
 * @param sku the stock-keeping code
 * @param barcode the barcode, or null
 * @param name the name
 * @param category the category, or null
 * @param unitPrice the current price
 * @param lowStockThreshold stock at or below which it is low, or null for the shop's
 * default
 * @param archived true when no longer sold
 * @param stockOnHand the sum of all stock movements (may be negative when sold past
 * stock)
 * @param version the change version; send it back as {@code If-Match: "<version>"} to
 * update
 * @param createdAt when the product was created
 * @param updatedAt when it last changed
 */
public record ProductResponse(UUID id, String sku, String barcode, String name, String category, BigDecimal unitPrice,
		BigDecimal lowStockThreshold, boolean archived, BigDecimal stockOnHand, long version, Instant createdAt,
		Instant updatedAt) {

	String etag() {
		return "\"" + this.version + "\"";
	}

}
