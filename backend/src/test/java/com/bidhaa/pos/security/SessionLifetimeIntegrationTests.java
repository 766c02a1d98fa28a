package com.bidhaa.pos.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how long a browser stays signed in: a cookie that outlives a browser restart
 * (pos.security.session-cookie-max-age, 12 hours), the idle timeout (12 hours) and the
 * absolute lifetime (7 days), all at their defaults. Sessions are aged by moving their
 * stored times back.
 */
@IntegrationTest
class SessionLifetimeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldSetPersistentSessionCookieOnSignIn() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");

		TestResponse login = TestApi.browser(this.port).login(cashier.username(), TestApi.PASSWORD);

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("BIDHAA_SESSION=")
				.contains("Max-Age=43200")
				.contains("Expires="));
	}

	@Test
	void shouldKeepActiveSessionWithinItsAbsoluteLifetime() throws SQLException {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = signedIn(cashier);

		age(cashier, "creation_time", Duration.ofDays(6));

		assertThat(browser.get("/api/auth/me").status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseActiveSessionPastItsAbsoluteLifetime() throws SQLException {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = signedIn(cashier);

		age(cashier, "creation_time", Duration.ofDays(7).plusMinutes(1));
		TestResponse me = browser.get("/api/auth/me");

		assertUnauthenticated(me);
		assertThat(browser.get("/api/auth/me").status()).as("the session is gone").isEqualTo(401);
		assertThat(signedIn(cashier).get("/api/auth/me").status()).as("signing in again works").isEqualTo(200);
	}

	@Test
	void shouldRefuseSessionIdleLongerThanTheIdleTimeout() throws SQLException {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = signedIn(cashier);

		age(cashier, "last_access_time", Duration.ofHours(12).plusMinutes(1));

		assertUnauthenticated(browser.get("/api/auth/me"));
	}

	private TestApi signedIn(TestUsers.User user) {
		TestApi browser = TestApi.browser(this.port);
		browser.login(user.username(), TestApi.PASSWORD).expect(200);
		assertThat(browser.get("/api/auth/me").status()).isEqualTo(200);
		return browser;
	}

	/**
	 * Moves a stored time of the user's sessions back, as if that much time had passed.
	 */
	private static void age(TestUsers.User user, String column, Duration by) throws SQLException {
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement update = connection.prepareStatement(
						"UPDATE spring_session SET %1$s = %1$s - ? WHERE principal_name = ?".formatted(column))) {
			update.setLong(1, by.toMillis());
			update.setString(2, user.username());
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private static void assertUnauthenticated(TestResponse answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.code()).isEqualTo("unauthenticated");
	}

}
