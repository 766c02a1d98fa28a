package com.bidhaa.pos.security;

import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiTokenAuthenticationFilter}: a token stops working the moment it is
 * revoked or its user is disabled.
 */
@IntegrationTest
class BearerTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseRevokedTokenAtOnce() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);
		browser.login(cashier.username(), TestApi.PASSWORD);
		TestResponse token = browser.post("/api/auth/tokens", Map.of("name", "till 3"));
		TestApi till = TestApi.bearer(this.port, token.field("secret"));
		assertThat(till.get("/api/auth/me").status()).isEqualTo(200);

		TestResponse revoked = browser.delete("/api/auth/tokens/" + token.field("id"));

		assertThat(revoked.status()).isEqualTo(204);
		TestResponse after = till.get("/api/auth/me");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
		assertThat(after.code()).isEqualTo("unauthenticated");
		assertThat(after.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
	}

	@Test
	void shouldRefuseTokenRevokedByItself() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi browser = TestApi.browser(this.port);
		browser.login(cashier.username(), TestApi.PASSWORD);
		TestResponse token = browser.post("/api/auth/tokens", Map.of("name", "till 4"));
		TestApi till = TestApi.bearer(this.port, token.field("secret"));

		TestResponse revoked = till.delete("/api/auth/tokens/" + token.field("id"));

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(till.get("/api/auth/tokens").status()).isEqualTo(401);
	}

	@Test
	void shouldRefuseTokenOfDisabledUser() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		TestApi till = TestUsers.tokenClient(this.port, cashier.username(), TestApi.PASSWORD);
		assertThat(till.get("/api/auth/me").status()).isEqualTo(200);

		TestResponse disabled = TestUsers.admin(this.port)
			.patch("/api/users/" + cashier.id(), Map.of("enabled", false));

		assertThat(disabled.status()).isEqualTo(200);
		TestResponse read = till.get("/api/products");
		assertThat(read.status()).isEqualTo(401);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(read.code()).isEqualTo("unauthenticated");
		TestResponse sale = till.post("/api/sales", ShopFixtures.cashSale(UUID.randomUUID(), 1, "3500"));
		assertThat(sale.status()).isEqualTo(401);
		assertThat(sale.code()).isEqualTo("unauthenticated");
	}

	@Test
	void shouldRefuseUnknownToken() {
		TestResponse unknown = TestApi.bearer(this.port, "bpos_not-a-token").get("/api/products");

		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.code()).isEqualTo("unauthenticated");
	}

}
