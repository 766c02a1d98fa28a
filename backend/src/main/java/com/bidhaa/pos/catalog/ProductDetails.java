package com.bidhaa.pos.catalog;

import java.math.BigDecimal;

/**
 * The fields a manager edits, normalised (trimmed, blanks as null, price to two
 * decimals).
 *
 * @param archived null keeps the current value on update
 */
record ProductDetails(String sku, String barcode, String name, String category, BigDecimal unitPrice,
		Boolean archived) {

	boolean sameAs(ProductDetails other) {
		return this.sku.equals(other.sku) && java.util.Objects.equals(this.barcode, other.barcode)
				&& this.name.equals(other.name) && java.util.Objects.equals(this.category, other.category)
				&& this.unitPrice.compareTo(other.unitPrice) == 0
				&& (this.archived == null || other.archived == null || this.archived.equals(other.archived));
	}

}
