package com.bidhaa.pos.catalog;

import java.math.BigDecimal;

/**
 * The fields a manager edits, normalised (trimmed, blanks as null, price to two
 * decimals).
 *
 * @param lowStockThreshold stock at or below which the product is low, or null for the
 * shop's default
 * @param archived null keeps the current value on update
 */
record ProductDetails(String sku, String barcode, String name, String category, BigDecimal unitPrice,
		BigDecimal lowStockThreshold, Boolean archived) {

	boolean sameAs(ProductDetails other) {
		return this.sku.equals(other.sku) && java.util.Objects.equals(this.barcode, other.barcode)
				&& this.name.equals(other.name) && java.util.Objects.equals(this.category, other.category)
				&& this.unitPrice.compareTo(other.unitPrice) == 0
				&& sameNumber(this.lowStockThreshold, other.lowStockThreshold)
				&& (this.archived == null || other.archived == null || this.archived.equals(other.archived));
	}

	private static boolean sameNumber(BigDecimal one, BigDecimal other) {
		return (one == null) ? other == null : other != null && one.compareTo(other) == 0;
	}

}
