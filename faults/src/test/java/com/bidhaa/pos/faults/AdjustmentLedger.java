package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stock adjustments the server acknowledged, summed by product: what stock on hand
 * must include besides the initial stock and the sales.
 */
final class AdjustmentLedger {

	private final Map<UUID, BigDecimal> byProduct = new ConcurrentHashMap<>();

	private final AtomicInteger count = new AtomicInteger();

	void acknowledged(UUID productId, BigDecimal delta) {
		this.byProduct.merge(productId, delta, BigDecimal::add);
		this.count.incrementAndGet();
	}

	BigDecimal total(UUID productId) {
		return this.byProduct.getOrDefault(productId, BigDecimal.ZERO);
	}

	int count() {
		return this.count.get();
	}

}
