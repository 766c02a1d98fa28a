package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The products a till pulled, upserted by id keeping the higher version; archived ones
 * stay as tombstones so that an older copy arriving later cannot bring them back.
 */
final class LocalCatalogue {

	private final Map<UUID, Product> products = new ConcurrentHashMap<>();

	private final Map<UUID, Long> firstVersions = new ConcurrentHashMap<>();

	/**
	 * Applies one row of a pull, or the server's copy of a product that a push answered.
	 */
	void apply(JsonNode row) {
		Product pulled = Product.of(row);
		this.firstVersions.putIfAbsent(pulled.id(), pulled.version());
		this.products.merge(pulled.id(), pulled,
				(held, arrived) -> (arrived.version() > held.version()) ? arrived : held);
	}

	/** The version of the first copy of a product this till held. */
	long firstVersion(UUID id) {
		return this.firstVersions.get(id);
	}

	/** What the till can sell, in a stable order. */
	List<Product> sellable() {
		return this.products.values()
			.stream()
			.filter((product) -> !product.deleted())
			.sorted((a, b) -> a.id().compareTo(b.id()))
			.toList();
	}

	/** Every product held, archived ones too, by id. */
	Map<UUID, Product> all() {
		return Map.copyOf(this.products);
	}

	/** The products not archived, by id. */
	Map<UUID, Product> active() {
		return sellable().stream().collect(Collectors.toMap(Product::id, (product) -> product));
	}

	/**
	 * A product as a pull delivered it.
	 *
	 * @param id its id
	 * @param version the change version of its last change, stock included
	 * @param deleted archived (a tombstone)
	 * @param unitPrice the price
	 * @param stockOnHand the stock, as the server last reported it
	 * @param details sku, barcode, name, category and low_stock_threshold, as a
	 * product.update sends them back
	 */
	record Product(UUID id, long version, boolean deleted, BigDecimal unitPrice, BigDecimal stockOnHand,
			Map<String, Object> details) {

		/** A row of a pull ({@code deleted}) or a product record ({@code archived}). */
		static Product of(JsonNode row) {
			Map<String, Object> details = new java.util.LinkedHashMap<>();
			details.put("sku", text(row.path("sku")));
			details.put("barcode", text(row.path("barcode")));
			details.put("name", text(row.path("name")));
			details.put("category", text(row.path("category")));
			details.put("low_stock_threshold", decimal(row.path("low_stock_threshold")));
			return new Product(UUID.fromString(row.path("id").asString()), row.path("version").asLong(),
					row.path("deleted").asBoolean() || row.path("archived").asBoolean(),
					decimal(row.path("unit_price")), decimal(row.path("stock_on_hand")),
					java.util.Collections.unmodifiableMap(details));
		}

		private static String text(JsonNode value) {
			return value.isString() ? value.asString() : null;
		}

		private static BigDecimal decimal(JsonNode value) {
			return value.isNumber() ? value.decimalValue() : null;
		}

		/** Same version, price and stock as the other, numbers compared by value. */
		boolean sameAs(Product other) {
			return this.version == other.version && this.deleted == other.deleted
					&& same(this.unitPrice, other.unitPrice) && same(this.stockOnHand, other.stockOnHand);
		}

		private static boolean same(BigDecimal a, BigDecimal b) {
			return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
		}

	}

}
