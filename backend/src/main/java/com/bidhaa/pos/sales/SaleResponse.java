package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A recorded sale, as the server computed it.
 *
 * @param id the client-made id
 * @param saleNumber the receipt number
 * @param deviceId the device that rang it up, or null
 * @param deviceSeq the device's sale counter, or null
 * @param cashierId who rang it up
 * @param cashierName their display name when the sale was recorded
 * @param customerId the customer, or null
 * @param customerName a walk-in customer's name, or null
 * @param customerPhone a walk-in customer's phone, or null
 * @param soldAt when it was sold on the device
 * @param receivedAt when the server recorded it
 * @param paymentMethod how it was paid
 * @param paymentReference the mobile money or card reference, or null
 * @param currency the currency of every amount
 * @param subtotal the sum of the line totals
 * @param discount the discount on the whole sale
 * @param totalAmount subtotal less discount
 * @param amountTendered cash handed over, or null
 * @param changeDue tendered less total, never negative
 * @param version the change version of the write that recorded it
 * @param items the lines
 */
public record SaleResponse(UUID id, String saleNumber, UUID deviceId, Long deviceSeq, UUID cashierId,
		String cashierName, UUID customerId, String customerName, String customerPhone, Instant soldAt,
		Instant receivedAt, PaymentMethod paymentMethod, String paymentReference, String currency, BigDecimal subtotal,
		BigDecimal discount, BigDecimal totalAmount, BigDecimal amountTendered, BigDecimal changeDue, long version,
		List<Item> items) {

	/**
	 * One line.
	 *
	 * @param productId the product
	 * @param productName its name when sold
	 * @param sku its SKU when sold
	 * @param quantity how much
	 * @param unitPrice the price charged
	 * @param lineTotal quantity times price, rounded to two decimals
	 */
	@Schema(name = "SaleItem")
	public record Item(UUID productId, String productName, String sku, BigDecimal quantity, BigDecimal unitPrice,
			BigDecimal lineTotal) {

	}

}
