package com.bidhaa.pos.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.Signin;
import com.bidhaa.pos.support.TestApi;

/**
 * The people of the benchmark's shop, made through the API as an admin would: one cashier
 * per device, and a manager who checks the sync status.
 *
 * @param port where the app listens
 * @param managerToken the manager's bearer token
 * @param cashiers one cashier per device
 */
record BenchShop(int port, String managerToken, List<Cashier> cashiers) {

	/** Large batches on a machine shared with other runs may take minutes. */
	private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(5);

	static BenchShop create(int port, int devices) {
		TestApi admin = client(port, Signin.token(port, TestApi.ADMIN, TestApi.ADMIN_PASSWORD));
		String manager = user(port, admin, "manager-01", "MANAGER").token();
		List<Cashier> cashiers = new ArrayList<>();
		for (int i = 1; i <= devices; i++) {
			cashiers.add(user(port, admin, "cashier-%02d".formatted(i), "CASHIER"));
		}
		return new BenchShop(port, manager, cashiers);
	}

	TestApi manager() {
		return client(this.port, this.managerToken);
	}

	/** A client with this bearer token and a connection of its own, as a till has. */
	static TestApi client(int port, String token) {
		return TestApi.bearer(port, token).withTimeout(ANSWER_TIMEOUT);
	}

	private static Cashier user(int port, TestApi admin, String username, String role) {
		UUID id = UUID.fromString(admin
			.post("/api/users",
					Map.of("username", username, "display_name", username, "password", TestApi.PASSWORD, "role", role))
			.expect(201)
			.json()
			.path("id")
			.asString());
		return new Cashier(id, Signin.token(port, username, TestApi.PASSWORD));
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
