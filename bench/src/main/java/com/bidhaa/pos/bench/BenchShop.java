package com.bidhaa.pos.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people of the benchmark's shop, made through the API as an admin would: one cashier
 * per device, and a manager who checks the sync status.
 *
 * @param port where the app listens
 * @param managerToken the manager's bearer token
 * @param cashiers one cashier per device
 */
record BenchShop(int port, String managerToken, List<Cashier> cashiers) {

	private static final String PASSWORD = "bench-password-1";

	static BenchShop create(int port, int devices) throws IOException, InterruptedException {
		ApiClient admin = new ApiClient(port, Signin.token(port, BenchDatabase.ADMIN, BenchDatabase.ADMIN_PASSWORD),
				Map.of());
		String manager = user(port, admin, "manager-01", "MANAGER").token();
		List<Cashier> cashiers = new ArrayList<>();
		for (int i = 1; i <= devices; i++) {
			cashiers.add(user(port, admin, "cashier-%02d".formatted(i), "CASHIER"));
		}
		return new BenchShop(port, manager, cashiers);
	}

	ApiClient manager() {
		return new ApiClient(this.port, this.managerToken, Map.of());
	}

	private static Cashier user(int port, ApiClient admin, String username, String role)
			throws IOException, InterruptedException {
		UUID id = UUID
			.fromString(
					admin
						.post("/api/users",
								Map.of("username", username, "display_name", username, "password", PASSWORD, "role",
										role))
						.expect(201)
						.json()
						.path("id")
						.asString());
		return new Cashier(id, Signin.token(port, username, PASSWORD));
	}

	/**
	 * A user who sells on one device.
	 *
	 * @param id the user's id, which the JDBC baseline writes as the cashier
	 * @param token the user's bearer token
	 */
	record Cashier(UUID id, String token) {
	}

}
