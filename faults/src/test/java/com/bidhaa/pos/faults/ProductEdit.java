package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A product edited on a manager's till (product.update): the whole editable record, made
 * on the version the till had.
 *
 * @param productId the product
 * @param baseVersion the version the edit was made on
 * @param fields sku, barcode, name, category, unit_price and low_stock_threshold
 * @param staleOnPurpose true when it was made on an old copy, to be refused and settled
 */
record ProductEdit(UUID productId, long baseVersion, Map<String, Object> fields,
		boolean staleOnPurpose) implements Intent {

	@Override
	public String name() {
		return "product.update";
	}

	@Override
	public Map<String, Object> toArgs() {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", this.productId);
		args.put("base_version", this.baseVersion);
		args.putAll(this.fields);
		return args;
	}

	@Override
	public UUID recordId() {
		return this.productId;
	}

	/** The same edit, made again on the version the server answered (as the app does). */
	ProductEdit rebasedOn(long version) {
		return new ProductEdit(this.productId, version, this.fields, false);
	}

	BigDecimal unitPrice() {
		return (BigDecimal) this.fields.get("unit_price");
	}

}
