package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A sale as a device or script sends it: the body of POST /api/sales, a sale of
 * bulk_create and the args of a sale.record mutation (docs/sync-protocol.md).
 *
 * @param id made by the client; sending the same sale again records nothing new
 * @param saleNumber the receipt number, a device prefix and counter such as T3-000142
 * @param deviceId the device; the X-Device-Id header is used when absent
 * @param deviceSeq the device's gapless sale counter
 * @param soldAt when it was sold, with offset; now when absent
 * @param customerId a known customer
 * @param customerName a walk-in customer's name
 * @param customerPhone a walk-in customer's phone
 * @param paymentMethod cash, mobile_money or card
 * @param paymentReference the mobile money or card reference
 * @param amountTendered cash handed over
 * @param discount a discount on the whole sale
 * @param totalAmount the total the device computed; the server computes its own
 * @param items one to 500 lines
 */
public record SaleRequest(@NotNull UUID id, @Size(min = 1, max = 32) String saleNumber, UUID deviceId,
		@Positive Long deviceSeq, OffsetDateTime soldAt, UUID customerId, @Size(max = 200) String customerName,
		@Size(max = 32) String customerPhone, @NotNull PaymentMethod paymentMethod,
		@Size(max = 64) String paymentReference,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountTendered,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal discount,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal totalAmount,
		@NotEmpty @Size(max = 500) List<@Valid @NotNull Item> items) {

	/**
	 * One line as sold.
	 *
	 * @param productId the product
	 * @param quantity how much; up to three decimals for goods sold by weight
	 * @param unitPrice the price charged; the current price when absent
	 */
	@Schema(name = "SaleRequestItem")
	public record Item(@NotNull UUID productId,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 7,
					fraction = 3) BigDecimal quantity,
			@Schema(description = "The price charged; the current price when absent") @DecimalMin("0") @Digits(
					integer = 12, fraction = 2) BigDecimal unitPrice) {
	}

	/**
	 * A sale time the database can store and a till can have made (years 2000 to 2999).
	 */
	@AssertTrue(message = "must be a time between the years 2000 and 2999")
	boolean isSoldAtPlausible() {
		return this.soldAt == null || (this.soldAt.getYear() >= 2000 && this.soldAt.getYear() <= 2999);
	}

	RecordSaleCommand toCommand(UUID cashierId, UUID headerDeviceId) {
		return new RecordSaleCommand(this.id, this.saleNumber, (this.deviceId != null) ? this.deviceId : headerDeviceId,
				this.deviceSeq, cashierId, (this.soldAt != null) ? this.soldAt.toInstant() : null, this.customerId,
				this.customerName, this.customerPhone, this.paymentMethod, this.paymentReference, this.amountTendered,
				this.discount, this.totalAmount,
				this.items.stream()
					.map((item) -> new RecordSaleCommand.Item(item.productId(), item.quantity(), item.unitPrice()))
					.toList());
	}

}
