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

	/** Applies one row of a pull. */
	void apply(JsonNode row) {
		Product pulled = Product.of(row);
		this.products.merge(pulled.id(), pulled,
				(held, arrived) -> (arrived.version() > held.version()) ? arrived : held);
	}

	/** What the till can sell, in a stable order. */
	List<Product> sellable() {
		return this.products.values()
			.stream()
			.filter((product) -> !product.deleted())
			.sorted((a, b) -> a.id().compareTo(b.id()))
			.toList();
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
	 */
	record Product(UUID id, long version, boolean deleted, BigDecimal unitPrice, BigDecimal stockOnHand) {

		static Product of(JsonNode row) {
			return new Product(UUID.fromString(row.path("id").asString()), row.path("version").asLong(),
					row.path("deleted").asBoolean(), decimal(row.path("unit_price")),
					decimal(row.path("stock_on_hand")));
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
