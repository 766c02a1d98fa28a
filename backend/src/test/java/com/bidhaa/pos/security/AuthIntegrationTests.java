package com.bidhaa.pos.security;

import java.util.Map;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthController} and the cookie session: sign-in, CSRF, throttling,
 * sign-out.
 */
@IntegrationTest
class AuthIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldSignInAndTellWhoIsSignedIn() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);

		TestResponse login = browser.login(cashier.username(), TestApi.PASSWORD);

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.field("role")).isEqualTo("CASHIER");
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("BIDHAA_SESSION=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		TestResponse me = browser.get("/api/auth/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.field("username")).isEqualTo(cashier.username());
		assertThat(me.field("display_name")).isEqualTo("Test CASHIER");
	}

	@Test
	void shouldAnswerUnauthenticatedProblemWithoutSession() {
		TestResponse me = TestApi.browser(this.port).get("/api/auth/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.contentType()).startsWith("application/problem+json");
		assertThat(me.code()).isEqualTo("unauthenticated");
	}

	@Test
	void shouldRejectWrongPasswordWithBadCredentials() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");

		TestResponse login = TestApi.browser(this.port).login(cashier.username(), "wrong-password");

		assertThat(login.status()).isEqualTo(401);
		assertThat(login.code()).isEqualTo("bad-credentials");
	}

	@Test
	void shouldRefuseCookieSessionWriteWithoutCsrfToken() {
		TestApi browser = TestUsers.browserAs(this.port, "MANAGER");

		TestResponse withoutToken = browser.send("PUT", "/api/customers/" + TestApi.newId(), Map.of("name", "Asha"),
				Map.of("X-XSRF-TOKEN", ""));
		TestResponse wrongToken = browser.send("PUT", "/api/customers/" + TestApi.newId(), Map.of("name", "Asha"),
				Map.of("X-XSRF-TOKEN", "not-the-token"));
		TestResponse withToken = browser.put("/api/customers/" + TestApi.newId(), Map.of("name", "Asha"));

		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(withoutToken.code()).isEqualTo("csrf-rejected");
		assertThat(wrongToken.status()).isEqualTo(403);
		assertThat(wrongToken.code()).isEqualTo("csrf-rejected");
		assertThat(withToken.status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseLoginWithoutCsrfToken() {
		TestResponse login = TestApi.browser(this.port)
			.send("POST", "/api/auth/login", Map.of("username", TestApi.ADMIN, "password", TestApi.ADMIN_PASSWORD),
					Map.of("X-XSRF-TOKEN", ""));

		assertThat(login.status()).isEqualTo(403);
		assertThat(login.code()).isEqualTo("csrf-rejected");
	}

	@Test
	void shouldChangeSessionIdAndCsrfTokenOnSignIn() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);
		browser.get("/api/auth/me");
		String csrfBefore = browser.csrfToken();

		browser.login(cashier.username(), TestApi.PASSWORD);

		assertThat(browser.cookie("XSRF-TOKEN")).isNotNull().isNotEqualTo(csrfBefore);
		assertThat(browser.put("/api/customers/" + TestApi.newId(), Map.of("name", "Juma")).status()).isEqualTo(201);
	}

	@Test
	void shouldLockUsernameAfterRepeatedFailures() throws InterruptedException {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.login(cashier.username(), "wrong-" + i).status()).isEqualTo(401);
		}

		TestResponse locked = browser.login(cashier.username(), TestApi.PASSWORD);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.code()).isEqualTo("too-many-attempts");
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
		Thread.sleep(retryAfter * 1000 + 200);
		assertThat(browser.login(cashier.username(), TestApi.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void shouldEndSessionOnSignOut() {
		TestApi browser = TestUsers.browserAs(this.port, "CASHIER");

		TestResponse logout = browser.post("/api/auth/logout", null);

		assertThat(logout.status()).isEqualTo(204);
		assertThat(browser.get("/api/auth/me").status()).isEqualTo(401);
	}

	@Test
	void shouldEndSessionsOfDisabledUser() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);
		browser.login(cashier.username(), TestApi.PASSWORD);
		assertThat(browser.get("/api/auth/me").status()).isEqualTo(200);

		TestResponse disabled = TestUsers.admin(this.port)
			.patch("/api/users/" + cashier.id(), Map.of("enabled", false));

		assertThat(disabled.status()).isEqualTo(200);
		assertThat(browser.get("/api/auth/me").status()).isEqualTo(401);
		assertThat(TestApi.browser(this.port).login(cashier.username(), TestApi.PASSWORD).code())
			.isEqualTo("bad-credentials");
	}

}
