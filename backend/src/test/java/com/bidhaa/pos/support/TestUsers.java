package com.bidhaa.pos.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users and token clients for tests, made through the API as an admin would.
 */
public final class TestUsers {

	private static final Map<Integer, TestApi> admins = new ConcurrentHashMap<>();

	private static final Map<String, TestApi> shared = new ConcurrentHashMap<>();

	private TestUsers() {
	}

	/** A token client of the first admin. */
	public static TestApi admin(int port) {
		return admins.computeIfAbsent(port, (key) -> tokenClient(port, TestApi.ADMIN, TestApi.ADMIN_PASSWORD));
	}

	/**
	 * A token client of a user with this role shared by every test on this server (for
	 * speed).
	 */
	public static TestApi shared(int port, String role) {
		return shared.computeIfAbsent(port + "/" + role, (key) -> as(port, role));
	}

	/**
	 * Creates a user with this role and a fresh name; answers the created user's JSON
	 * fields.
	 */
	public static User create(int port, String role) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		TestResponse created = admin(port).post("/api/users", Map.of("username", username, "display_name",
				"Test " + role, "password", TestApi.PASSWORD, "role", role));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new User(UUID.fromString(created.field("id")), username);
	}

	/**
	 * A token client of a new user with this role; for ADMIN, the first admin, so that it
	 * stays the only enabled admin (the last-admin guard is tested on that).
	 */
	public static TestApi as(int port, String role) {
		if (role.equals("ADMIN")) {
			return admin(port);
		}
		return tokenClient(port, create(port, role).username(), TestApi.PASSWORD);
	}

	/** A signed-in browser of a new user with this role. */
	public static TestApi browserAs(int port, String role) {
		User user = create(port, role);
		TestApi browser = TestApi.browser(port);
		TestResponse login = browser.login(user.username(), TestApi.PASSWORD);
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		return browser;
	}

	/** Signs in as the user and makes a token for it. */
	public static TestApi tokenClient(int port, String username, String password) {
		return Signin.client(port, username, password);
	}

	/** Signs in as the user and makes a token; answers its secret. */
	public static String token(int port, String username, String password) {
		return Signin.token(port, username, password);
	}

	/**
	 * A user made by a test.
	 *
	 * @param id the user's id
	 * @param username the user's name
	 */
	public record User(UUID id, String username) {
	}

}
