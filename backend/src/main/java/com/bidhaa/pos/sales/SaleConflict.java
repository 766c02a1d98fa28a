package com.bidhaa.pos.sales;

import java.util.Map;
import java.util.UUID;

/**
 * Something the server accepted but a manager should see: the money changed hands, so the
 * sale was recorded, and this says what did not match (docs/sync-protocol.md, "Server
 * decides, and tells").
 *
 * @param type oversold, price-mismatch, archived-product or total-mismatch
 * @param productId the product concerned, or null for total-mismatch
 * @param values the figures involved, by name (snake_case)
 */
public record SaleConflict(String type, UUID productId, Map<String, Object> values) {

	static SaleConflict oversold(UUID productId, Object stockAfter) {
		return new SaleConflict("oversold", productId, Map.of("stock_after", stockAfter));
	}

	static SaleConflict priceMismatch(UUID productId, Object charged, Object current) {
		return new SaleConflict("price-mismatch", productId, Map.of("unit_price", charged, "current_price", current));
	}

	static SaleConflict archivedProduct(UUID productId) {
		return new SaleConflict("archived-product", productId, Map.of());
	}

	static SaleConflict totalMismatch(Object deviceTotal, Object serverTotal) {
		return new SaleConflict("total-mismatch", null,
				Map.of("device_total", deviceTotal, "server_total", serverTotal));
	}

}
