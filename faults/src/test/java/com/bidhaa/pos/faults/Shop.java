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
 * app: products with stock received, a manager for the catalogue writers, one user per
 * till (a cashier, or a manager on a manager's till).
 *
 * @param adminToken the first admin's token
 * @param managerTokens one manager token per catalogue writer
 * @param tillTokens one token per till, of a manager on a manager's till
 * @param initialStock the stock each product started with, by product
 */
record Shop(String adminToken, List<String> managerTokens, List<String> tillTokens,
		Map<UUID, BigDecimal> initialStock) {

	private static final List<String> GOODS = List.of("Sugar 1kg", "Rice 5kg", "Maize flour 2kg", "Cooking oil 1l",
			"Tea leaves 250g", "Salt 500g", "Bar soap", "Matches (10)", "Milk 500ml", "Bread loaf", "Eggs (tray)",
			"Beans 1kg", "Wheat flour 2kg", "Toothpaste", "Candles (6)", "Kerosene 1l");

	/** Creates the shop of a run of this size, with a user for each of these tills. */
	static Shop create(int port, SuiteSize size, List<SimulatedDevice.Kind> tills) {
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
		List<String> tillUsers = new ArrayList<>();
		for (int i = 1; i <= tills.size(); i++) {
			tillUsers.add((tills.get(i - 1) == SimulatedDevice.Kind.MANAGER)
					? user(port, admin, "till-manager-%02d".formatted(i), "MANAGER")
					: user(port, admin, "cashier-%02d".formatted(i), "CASHIER"));
		}
		return new Shop(adminToken, managers, tillUsers, stock);
	}

	List<UUID> products() {
		return List.copyOf(this.initialStock.keySet());
	}

	/**
	 * The products whose details only managers' tills edit (every fourth), the one of
	 * {@code editors} tills that edits each: so that each has one last edit in a known
	 * order. The catalogue writers only adjust their stock, which leaves their details'
	 * version alone: only the edits the tills make stale on purpose are.
	 */
	List<UUID> editedBy(int editor, int editors) {
		List<UUID> all = products();
		List<UUID> mine = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 4) {
			if ((i / 4) % editors == editor) {
				mine.add(all.get(i));
			}
		}
		return mine;
	}

	/** Whether the tills edit this product's details (and the writers do not). */
	boolean editedOnTills(UUID product) {
		return products().indexOf(product) % 4 == 0;
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
