package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Stock received, counted or written off on a manager's till (stock.adjust), under the
 * adjustment's own id.
 *
 * @param adjustmentId the id of the adjustment (the id of its stock movement)
 * @param productId the product
 * @param delta the signed change
 * @param reason received, count or damaged
 */
record StockChange(UUID adjustmentId, UUID productId, BigDecimal delta, String reason) implements Intent {

	@Override
	public String name() {
		return "stock.adjust";
	}

	@Override
	public Map<String, Object> toArgs() {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", this.adjustmentId);
		args.put("product_id", this.productId);
		args.put("delta", this.delta);
		args.put("reason", this.reason);
		args.put("note", "till count");
		return args;
	}

	@Override
	public UUID recordId() {
		return this.productId;
	}

}
