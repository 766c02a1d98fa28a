package com.bidhaa.pos.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic products and sales for tests, made through the API.
 */
public final class ShopFixtures {

	private ShopFixtures() {
	}

	/** Creates a product with a fresh SKU and answers its id. */
	public static UUID product(TestApi manager, String name, String price) {
		String sku = name.toUpperCase().replaceAll("[^A-Z0-9]", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		TestResponse created = manager.post("/api/products",
				Map.of("sku", sku, "name", name, "category", "Groceries", "unit_price", new BigDecimal(price)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.field("id"));
	}

	/** Sugar at 3,500 TZS a kilo bag. */
	public static UUID sugar(TestApi manager) {
		return product(manager, "Sugar 1kg", "3500");
	}

	/** Records goods received. */
	public static void receive(TestApi manager, UUID productId, int quantity) {
		TestResponse adjusted = manager.post("/api/products/" + productId + "/stock_adjustments",
				Map.of("id", UUID.randomUUID(), "delta", quantity, "reason", "received"));
		assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
	}

	/** The product's stock on hand as the API reports it. */
	public static BigDecimal stock(TestApi api, UUID productId) {
		TestResponse product = api.get("/api/products/" + productId);
		assertThat(product.status()).as(product.toString()).isEqualTo(200);
		return product.json().path("stock_on_hand").decimalValue();
	}

	/** A cash sale body of {@code quantity} of one product at a unit price. */
	public static Map<String, Object> cashSale(UUID productId, int quantity, String unitPrice) {
		return sale(UUID.randomUUID(), List.of(line(productId, quantity, unitPrice)));
	}

	/** A cash sale body with these lines. */
	public static Map<String, Object> sale(UUID id, List<Map<String, Object>> lines) {
		Map<String, Object> sale = new LinkedHashMap<>();
		sale.put("id", id);
		sale.put("sale_number", "T1-" + id.toString().substring(0, 6));
		sale.put("sold_at", "2026-11-21T09:58:12+03:00");
		sale.put("payment_method", "cash");
		sale.put("amount_tendered", new BigDecimal("100000"));
		sale.put("items", new ArrayList<>(lines));
		return sale;
	}

	/** One sale line. */
	public static Map<String, Object> line(UUID productId, int quantity, String unitPrice) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("product_id", productId);
		line.put("quantity", quantity);
		line.put("unit_price", new BigDecimal(unitPrice));
		return line;
	}

}
