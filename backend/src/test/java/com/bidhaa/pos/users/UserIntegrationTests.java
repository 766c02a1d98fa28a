package com.bidhaa.pos.users;

import java.util.Map;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UserController} and {@link FirstAdminInitializer}.
 */
@IntegrationTest
class UserIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldHaveCreatedFirstAdminFromConfiguration() {
		TestResponse login = TestApi.browser(this.port).login(TestApi.ADMIN, TestApi.ADMIN_PASSWORD);

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.field("role")).isEqualTo("ADMIN");
	}

	@Test
	void shouldCreateUserWithLowerCaseNameAndListIt() {
		TestApi admin = TestUsers.admin(this.port);
		String name = "Neema-" + System.nanoTime();

		TestResponse created = admin.post("/api/users",
				Map.of("username", name, "display_name", "Neema", "password", "kahawa-1234", "role", "CASHIER"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.field("username")).isEqualTo(name.toLowerCase());
		assertThat(created.json().has("password_hash")).isFalse();
		assertThat(admin.get("/api/users").json().valueStream().map((user) -> user.path("username").asString()))
			.contains(name.toLowerCase());
		assertThat(TestApi.browser(this.port).login(name, "kahawa-1234").status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseTakenUsername() {
		TestUsers.User existing = TestUsers.create(this.port, "CASHIER");

		TestResponse duplicate = TestUsers.admin(this.port)
			.post("/api/users", Map.of("username", existing.username().toUpperCase(), "display_name", "Copy",
					"password", "kahawa-1234", "role", "CASHIER"));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.code()).isEqualTo("duplicate-username");
	}

	@Test
	void shouldRefuseDisplayNameLongerThan120CharactersInsteadOfCuttingIt() {
		TestApi admin = TestUsers.admin(this.port);
		String name = "long-" + System.nanoTime();

		TestResponse created = admin.post("/api/users", Map.of("username", name, "display_name", "N".repeat(500),
				"password", "kahawa-1234", "role", "CASHIER"));

		assertRefusedField(created, "display_name");
		assertThat(admin.get("/api/users").json().valueStream().map((user) -> user.path("username").asString()))
			.doesNotContain(name);
	}

	@Test
	void shouldRefuseRenameToTooLongOrBlankDisplayName() {
		TestUsers.User user = TestUsers.create(this.port, "CASHIER");
		TestApi admin = TestUsers.admin(this.port);
		String before = admin.get("/api/users/" + user.id()).field("display_name");

		TestResponse tooLong = admin.patch("/api/users/" + user.id(), Map.of("display_name", "N".repeat(500)));
		TestResponse blank = admin.patch("/api/users/" + user.id(), Map.of("display_name", "   "));

		assertRefusedField(tooLong, "display_name");
		assertRefusedField(blank, "display_name");
		assertThat(admin.get("/api/users/" + user.id()).field("display_name")).isEqualTo(before);
	}

	@Test
	void shouldAcceptDisplayNameOf120Characters() {
		TestResponse created = TestUsers.admin(this.port)
			.post("/api/users", Map.of("username", "full-" + System.nanoTime(), "display_name", "N".repeat(120),
					"password", "kahawa-1234", "role", "CASHIER"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.field("display_name")).hasSize(120);
	}

	private static void assertRefusedField(TestResponse response, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("validation-failed");
		assertThat(response.json().path("errors").valueStream().map((error) -> error.path("field").asString()))
			.containsExactly(field);
	}

	@Test
	void shouldChangeRoleAndEndOldSessions() {
		TestUsers.User user = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);
		browser.login(user.username(), TestApi.PASSWORD);
		assertThat(browser.get("/api/users").status()).isEqualTo(403);

		TestResponse promoted = TestUsers.admin(this.port).patch("/api/users/" + user.id(), Map.of("role", "MANAGER"));

		assertThat(promoted.field("role")).isEqualTo("MANAGER");
		assertThat(browser.get("/api/auth/me").status()).isEqualTo(401);
		assertThat(browser.login(user.username(), TestApi.PASSWORD).field("role")).isEqualTo("MANAGER");
	}

	@Test
	void shouldResetPasswordSoOnlyTheNewOneWorks() {
		TestUsers.User user = TestUsers.create(this.port, "CASHIER");

		TestResponse reset = TestUsers.admin(this.port)
			.put("/api/users/" + user.id() + "/password", Map.of("password", "new-password-9"));

		assertThat(reset.status()).isEqualTo(204);
		assertThat(TestApi.browser(this.port).login(user.username(), TestApi.PASSWORD).status()).isEqualTo(401);
		assertThat(TestApi.browser(this.port).login(user.username(), "new-password-9").status()).isEqualTo(200);
	}

	@Test
	void shouldNeverDisableOrDemoteTheLastEnabledAdmin() {
		TestApi admin = TestUsers.admin(this.port);
		String adminId = admin.get("/api/auth/me").field("id");
		boolean otherAdmins = admin.get("/api/users")
			.json()
			.valueStream()
			.anyMatch((user) -> user.path("role").asString().equals("ADMIN") && user.path("enabled").asBoolean()
					&& !user.path("id").asString().equals(adminId));
		assertThat(otherAdmins).as("this test needs the first admin to be the only one").isFalse();

		TestResponse disable = admin.patch("/api/users/" + adminId, Map.of("enabled", false));
		TestResponse demote = admin.patch("/api/users/" + adminId, Map.of("role", "MANAGER"));

		assertThat(disable.status()).isEqualTo(409);
		assertThat(disable.code()).isEqualTo("last-admin");
		assertThat(demote.code()).isEqualTo("last-admin");
		assertThat(admin.get("/api/auth/me").field("role")).isEqualTo("ADMIN");
	}

}
