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
import com.bidhaa.pos.inventory.RecordAdjustmentCommand;

/**
 * The args of a stock.adjust mutation: stock received, counted or written off on a device
 * (docs/sync-protocol.md).
 *
 * @param id the adjustment's id, made by the device; the same adjustment sent again is a
 * duplicate
 * @param productId the product
 * @param delta signed change: positive for goods in, negative for goods out
 * @param reason why
 * @param note free text
 */
public record StockAdjustArgs(@NotNull UUID id, @NotNull UUID productId,
		@NotNull @DecimalMin("-1000000") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal delta,
		@NotNull AdjustmentReason reason, @Size(max = 500) String note) {

	@AssertTrue(message = "must not be zero")
	boolean isDelta() {
		return this.delta == null || this.delta.signum() != 0;
	}

	RecordAdjustmentCommand command(UUID userId) {
		return new RecordAdjustmentCommand(this.id, this.productId, this.delta, this.reason, this.note, userId);
	}

}
