package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.shared.Money;
import com.bidhaa.pos.shared.Text;

/**
 * A product as a manager creates or replaces it.
 *
 * @param id optional on create: a client-made id makes the create idempotent; ignored on
 * update
 * @param sku the shop's stock-keeping code, unique
 * @param barcode the printed barcode, unique when given
 * @param name the name on screens and receipts
 * @param category free text, used to filter
 * @param unitPrice the current price, in the shop's currency
 * @param lowStockThreshold stock at or below which the product counts as low; null or
 * absent for the shop's default
 * @param archived on update, archive or restore; null keeps it
 */
record ProductRequest(@Schema(description = "Optional on create; makes a replayed create harmless") UUID id,
		@NotBlank @Size(max = 64) String sku, @Size(max = 64) String barcode, @NotBlank @Size(max = 200) String name,
		@Size(max = 100) String category,
		@NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice,
		@DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal lowStockThreshold, Boolean archived) {

	ProductDetails details() {
		return new ProductDetails(this.sku.trim(), Text.blankToNull(this.barcode), this.name.trim(),
				Text.blankToNull(this.category), Money.of(this.unitPrice), this.lowStockThreshold, this.archived);
	}

}
