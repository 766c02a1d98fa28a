package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.bidhaa.pos.shared.AssignedIdEntity;

/**
 * A product on sale. {@code version} is the shop-wide change version of its last write,
 * used for {@code If-Match} and for delta pulls. Its getters are public for the generated
 * mapper only: the class stays package-private.
 */
@Entity
@Table(name = "products")
class Product extends AssignedIdEntity {

	private String sku;

	private String barcode;

	private String name;

	private String category;

	private BigDecimal unitPrice;

	private BigDecimal lowStockThreshold;

	private boolean archived;

	private long version;

	private long detailsVersion;

	private Instant createdAt;

	private Instant updatedAt;

	protected Product() {
	}

	Product(UUID id, ProductDetails details, long version, Instant now) {
		super(id);
		this.createdAt = now;
		apply(details, version, now);
	}

	void apply(ProductDetails details, long version, Instant now) {
		this.sku = details.sku();
		this.barcode = details.barcode();
		this.name = details.name();
		this.category = details.category();
		this.unitPrice = details.unitPrice();
		this.lowStockThreshold = details.lowStockThreshold();
		if (details.archived() != null) {
			this.archived = details.archived();
		}
		touch(version, now);
	}

	void setArchived(boolean archived, long version, Instant now) {
		this.archived = archived;
		touch(version, now);
	}

	private void touch(long version, Instant now) {
		this.version = version;
		this.detailsVersion = version;
		this.updatedAt = now;
	}

	/**
	 * True when a client that has seen {@code seenVersion} has seen this product's latest
	 * edit.
	 */
	boolean isCurrentFor(long seenVersion) {
		return seenVersion >= this.detailsVersion;
	}

	ProductDetails details() {
		return new ProductDetails(this.sku, this.barcode, this.name, this.category, this.unitPrice,
				this.lowStockThreshold, this.archived);
	}

	public String getSku() {
		return this.sku;
	}

	public String getBarcode() {
		return this.barcode;
	}

	public String getName() {
		return this.name;
	}

	public String getCategory() {
		return this.category;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public BigDecimal getLowStockThreshold() {
		return this.lowStockThreshold;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
