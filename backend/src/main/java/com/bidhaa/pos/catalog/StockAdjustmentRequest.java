package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.inventory.AdjustmentReason;

/**
 * Stock received, counted or written off.
 *
 * @param id made by the client; sending the same adjustment again changes nothing
 * @param delta signed change: positive for goods in, negative for goods out
 * @param reason why
 * @param note free text
 */
record StockAdjustmentRequest(@NotNull UUID id,
		@NotNull @DecimalMin("-1000000") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal delta,
		@NotNull AdjustmentReason reason, @Size(max = 500) String note) {

	@AssertTrue(message = "must not be zero")
	boolean isDelta() {
		return this.delta == null || this.delta.signum() != 0;
	}

}
