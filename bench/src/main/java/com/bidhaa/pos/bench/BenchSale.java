package com.bidhaa.pos.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cash sale rung up on a device at the prices the device knows, so the server finds no
 * conflict in it (no extra rows beyond the sale's own).
 *
 * @param id made on the device
 * @param saleNumber the receipt number
 * @param seq the device's gapless sequence number
 * @param soldAt when it was sold
 * @param lines what was sold
 */
record BenchSale(UUID id, String saleNumber, long seq, OffsetDateTime soldAt, List<Line> lines) {

	BigDecimal total() {
		return this.lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Cash handed over: the total rounded up to the next 10,000 shillings. */
	BigDecimal tendered() {
		BigDecimal note = BigDecimal.valueOf(10_000);
		return total().divide(note, 0, RoundingMode.CEILING).multiply(note).setScale(2);
	}

	/** The body the API takes (docs/sync-protocol.md). */
	Map<String, Object> toJson() {
		Map<String, Object> sale = new LinkedHashMap<>();
		sale.put("id", this.id);
		sale.put("sale_number", this.saleNumber);
		sale.put("device_seq", this.seq);
		sale.put("sold_at", this.soldAt.toString());
		sale.put("payment_method", "cash");
		sale.put("amount_tendered", tendered());
		sale.put("total_amount", total());
		sale.put("items",
				this.lines.stream()
					.map((line) -> Map.of("product_id", line.product().id(), "quantity", line.quantity(), "unit_price",
							line.product().price()))
					.toList());
		return sale;
	}

	/**
	 * The sale as a {@code sale.record} mutation of a push (docs/sync-protocol.md), under
	 * {@link #mutationId()}.
	 */
	Map<String, Object> toMutation() {
		Map<String, Object> mutation = new LinkedHashMap<>();
		mutation.put("id", mutationId());
		mutation.put("name", "sale.record");
		mutation.put("created_at", this.soldAt.toString());
		mutation.put("args", toJson());
		return mutation;
	}

	/**
	 * The id of the sale's mutation, made from the sale's, so the check after a push
	 * finds each mutation's row in the applied-mutation log.
	 */
	UUID mutationId() {
		return UUID.nameUUIDFromBytes(("sale.record:" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A digest of the sale, which the JDBC baseline stores where the server stores its
	 * fingerprint of the request.
	 */
	String fingerprint() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(toJson().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One line of a sale.
	 *
	 * @param product what was sold
	 * @param quantity how many
	 */
	record Line(SoldProduct product, int quantity) {

		BigDecimal total() {
			return this.product.price().multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
