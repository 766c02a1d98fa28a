package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale as a device rang it up, to be recorded once.
 *
 * @param id the client-made id that makes recording idempotent
 * @param saleNumber the number on the receipt; null lets the server derive one from the
 * id
 * @param deviceId the device that rang it up, or null for scripts
 * @param deviceSeq the device's gapless sale counter, or null
 * @param cashierId the authenticated user recording it
 * @param soldAt when it was sold on the device; null means now
 * @param customerId a known customer, or null
 * @param customerName a walk-in customer's name, or null
 * @param customerPhone a walk-in customer's phone, or null
 * @param paymentMethod how it was paid
 * @param paymentReference the mobile money or card reference, or null
 * @param amountTendered cash handed over, or null
 * @param discount the discount on the whole sale, or null for none
 * @param totalAmount the total the device computed, or null; the server computes its own
 * @param items the lines
 */
public record RecordSaleCommand(UUID id, String saleNumber, UUID deviceId, Long deviceSeq, UUID cashierId,
		Instant soldAt, UUID customerId, String customerName, String customerPhone, PaymentMethod paymentMethod,
		String paymentReference, BigDecimal amountTendered, BigDecimal discount, BigDecimal totalAmount,
		List<Item> items) {

	/**
	 * One line as sold.
	 *
	 * @param productId the product
	 * @param quantity how much, positive
	 * @param unitPrice the price charged, or null for the current price
	 */
	public record Item(UUID productId, BigDecimal quantity, BigDecimal unitPrice) {
	}

}
