package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * One line of a sale, with the product's name and SKU as they were when it was sold. Its
 * getters are public for the generated mapper only: the class stays package-private.
 */
@Embeddable
class SaleLine {

	private UUID productId;

	private String productName;

	private String sku;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private BigDecimal lineTotal;

	protected SaleLine() {
	}

	SaleLine(UUID productId, String productName, String sku, BigDecimal quantity, BigDecimal unitPrice,
			BigDecimal lineTotal) {
		this.productId = productId;
		this.productName = productName;
		this.sku = sku;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
		this.lineTotal = lineTotal;
	}

	public UUID getProductId() {
		return this.productId;
	}

	public String getProductName() {
		return this.productName;
	}

	public String getSku() {
		return this.sku;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public BigDecimal getLineTotal() {
		return this.lineTotal;
	}

}
