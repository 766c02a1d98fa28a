package com.bidhaa.pos.sales;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A sale as a delta pull delivers it: the sale's fields and {@code deleted}, always false
 * (sales are never deleted; devices drop sales older than the window themselves).
 */
public final class SaleSyncRecord {

	private final SaleResponse sale;

	SaleSyncRecord(SaleResponse sale) {
		this.sale = sale;
	}

	/** The sale. */
	@JsonUnwrapped
	public SaleResponse getSale() {
		return this.sale;
	}

	/** Always false. */
	public boolean isDeleted() {
		return false;
	}

}
