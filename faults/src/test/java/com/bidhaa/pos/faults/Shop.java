package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.bidhaa.pos.support.Signin;
import com.bidhaa.pos.support.TestApi;

/**
 * The shop a run starts from, made through the API as an admin would, straight to the
 * app: products with stock received, a manager for the catalogue writers, one cashier per
 * till.
 *
 * @param adminToken the first admin's token
 * @param managerTokens one manager token per catalogue writer
 * @param cashierTokens one cashier token per till
 * @param initialStock the stock each product started with, by product
 */
record Shop(String adminToken, List<String> managerTokens, List<String> cashierTokens,
		Map<UUID, BigDecimal> initialStock) {

	private static final List<String> GOODS = List.of("Sugar 1kg", "Rice 5kg", "Maize flour 2kg", "Cooking oil 1l",
			"Tea leaves 250g", "Salt 500g", "Bar soap", "Matches (10)", "Milk 500ml", "Bread loaf", "Eggs (tray)",
			"Beans 1kg", "Wheat flour 2kg", "Toothpaste", "Candles (6)", "Kerosene 1l");

	/** Creates the shop of a run of this size. */
	static Shop create(int port, SuiteSize size) {
		String adminToken = Signin.token(port, TestApi.ADMIN, TestApi.ADMIN_PASSWORD);
		TestApi admin = TestApi.bearer(port, adminToken);
		Random random = new Random(size.seed());
		Map<UUID, BigDecimal> stock = new LinkedHashMap<>();
		for (int i = 0; i < size.products(); i++) {
			UUID product = product(admin, i, random);
			BigDecimal received = BigDecimal.valueOf(100 + random.nextInt(400));
			admin
				.post("/api/products/" + product + "/stock_adjustments",
						Map.of("id", UUID.randomUUID(), "delta", received, "reason", "received"))
				.expect(201);
			stock.put(product, received);
		}
		List<String> managers = new ArrayList<>();
		for (int i = 1; i <= size.writers(); i++) {
			managers.add(user(port, admin, "manager-%02d".formatted(i), "MANAGER"));
		}
		List<String> cashiers = new ArrayList<>();
		for (int i = 1; i <= size.devices(); i++) {
			cashiers.add(user(port, admin, "cashier-%02d".formatted(i), "CASHIER"));
		}
		return new Shop(adminToken, managers, cashiers, stock);
	}

	List<UUID> products() {
		return List.copyOf(this.initialStock.keySet());
	}

	private static UUID product(TestApi admin, int index, Random random) {
		String name = GOODS.get(index % GOODS.size()) + ((index < GOODS.size()) ? "" : " #" + (index / GOODS.size()));
		Map<String, Object> product = Map.of("sku", "FLT-%03d".formatted(index + 1), "name", name, "category",
				"Groceries", "unit_price", BigDecimal.valueOf(500 + 250 * random.nextInt(80)));
		return UUID.fromString(admin.post("/api/products", product).expect(201).json().path("id").asString());
	}

	private static String user(int port, TestApi admin, String username, String role) {
		admin
			.post("/api/users",
					Map.of("username", username, "display_name", username, "password", TestApi.PASSWORD, "role", role))
			.expect(201);
		return Signin.token(port, username, TestApi.PASSWORD);
	}

}
