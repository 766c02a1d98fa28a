package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stock adjustments the server acknowledged, by their ids: what stock on hand must
 * include besides the initial stock and the sales, each exactly once.
 */
final class AdjustmentLedger {

	private final Map<UUID, StockChange> byId = new ConcurrentHashMap<>();

	void acknowledged(StockChange adjustment) {
		this.byId.put(adjustment.adjustmentId(), adjustment);
	}

	/** The sum of the acknowledged adjustments of a product. */
	BigDecimal total(UUID productId) {
		return this.byId.values()
			.stream()
			.filter((adjustment) -> adjustment.productId().equals(productId))
			.map(StockChange::delta)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Every acknowledged adjustment, by id. */
	Map<UUID, StockChange> all() {
		return Map.copyOf(this.byId);
	}

	int count() {
		return this.byId.size();
	}

}
