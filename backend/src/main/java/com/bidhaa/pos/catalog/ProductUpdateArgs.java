package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The args of a product.update mutation: the whole editable record as a manager edited it
 * on {@code baseVersion} (docs/sync-protocol.md).
 *
 * @param id the product
 * @param baseVersion the version edited; a stale one is rejected with the current record,
 * unless the product already has these fields
 * @param sku the shop's stock-keeping code, unique
 * @param barcode the printed barcode, unique when given
 * @param name the name on screens and receipts
 * @param category free text, used to filter
 * @param unitPrice the current price, in the shop's currency
 * @param lowStockThreshold stock at or below which the product counts as low; null for
 * the shop's default
 */
public record ProductUpdateArgs(@NotNull UUID id, @NotNull @PositiveOrZero Long baseVersion,
		@NotBlank @Size(max = 64) String sku, @Size(max = 64) String barcode, @NotBlank @Size(max = 200) String name,
		@Size(max = 100) String category,
		@NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice,
		@DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal lowStockThreshold) {

	ProductRequest request() {
		return new ProductRequest(this.id, this.sku, this.barcode, this.name, this.category, this.unitPrice,
				this.lowStockThreshold, null);
	}

}
