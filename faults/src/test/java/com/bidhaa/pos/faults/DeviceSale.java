package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cash sale as a till rang it up offline: what it sends, and what the server must keep
 * unchanged.
 *
 * @param id the id the till made
 * @param saleNumber the receipt number, till prefix and counter ({@code D03-000017})
 * @param deviceSeq the till's gapless counter
 * @param soldAt when it was rung up
 * @param customerId the customer it names (created on the spot), or null
 * @param lines what was sold, at the price the till knew
 * @param total the sum of the lines
 * @param tendered the cash handed over
 */
record DeviceSale(UUID id, String saleNumber, long deviceSeq, OffsetDateTime soldAt, UUID customerId, List<Line> lines,
		BigDecimal total, BigDecimal tendered) implements Intent {

	private static final BigDecimal NOTE = new BigDecimal("1000");

	/** A cash sale of these lines, paid with the next round thousand. */
	static DeviceSale cash(String prefix, long deviceSeq, OffsetDateTime soldAt, UUID customerId, List<Line> lines) {
		BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tendered = total.divide(NOTE, 0, java.math.RoundingMode.CEILING).multiply(NOTE);
		return new DeviceSale(UUID.randomUUID(), "%s-%06d".formatted(prefix, deviceSeq), deviceSeq,
				soldAt.truncatedTo(ChronoUnit.MILLIS), customerId, List.copyOf(lines), total, tendered);
	}

	@Override
	public String name() {
		return "sale.record";
	}

	@Override
	public UUID recordId() {
		return this.id;
	}

	/** The sale as bulk_create and sale.record take it. */
	@Override
	public Map<String, Object> toArgs() {
		Map<String, Object> sale = new LinkedHashMap<>();
		sale.put("id", this.id);
		sale.put("sale_number", this.saleNumber);
		sale.put("device_seq", this.deviceSeq);
		sale.put("sold_at", this.soldAt.toString());
		sale.put("customer_id", this.customerId);
		sale.put("customer_name", "");
		sale.put("customer_phone", "");
		sale.put("payment_method", "cash");
		sale.put("amount_tendered", this.tendered);
		sale.put("discount", BigDecimal.ZERO);
		sale.put("total_amount", this.total);
		sale.put("items", this.lines.stream().map(Line::toJson).toList());
		return sale;
	}

	/**
	 * One line of a sale.
	 *
	 * @param productId the product
	 * @param quantity how many
	 * @param unitPrice the price charged, as the till knew it
	 */
	record Line(UUID productId, int quantity, BigDecimal unitPrice) {

		BigDecimal amount() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

		Map<String, Object> toJson() {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("product_id", this.productId);
			line.put("quantity", this.quantity);
			line.put("unit_price", this.unitPrice);
			return line;
		}

	}

}
