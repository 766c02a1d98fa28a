package com.bidhaa.pos.customers;

import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CustomerController}.
 */
@IntegrationTest
class CustomerIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldCreateThenReplaceCustomerUnderClientId() {
		TestApi cashier = TestUsers.shared(this.port, "CASHIER");
		String path = "/api/customers/" + UUID.randomUUID();
		Map<String, Object> asha = Map.of("name", "Asha Mwita", "phone", "+255 712 345 678");

		TestResponse created = cashier.put(path, asha);
		TestResponse replay = cashier.put(path, asha);
		TestResponse changed = cashier.put(path,
				Map.of("name", "Asha Mwita", "phone", "+255 712 345 678", "notes", "Buys on Fridays"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().path("version").asLong()).isEqualTo(created.json().path("version").asLong());
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("version").asLong()).isGreaterThan(created.json().path("version").asLong());
		assertThat(cashier.get(path).field("notes")).isEqualTo("Buys on Fridays");
	}

	@Test
	void shouldFindCustomersByNameOrPhone() {
		TestApi cashier = TestUsers.shared(this.port, "CASHIER");
		String tag = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
		cashier.put("/api/customers/" + UUID.randomUUID(), Map.of("name", "Baraka " + tag, "phone", "0754" + tag));

		assertThat(cashier.get("/api/customers?q=baraka%20" + tag).json().path("total_elements").asLong()).isEqualTo(1);
		assertThat(cashier.get("/api/customers?q=0754" + tag).json().path("data").get(0).path("name").asString())
			.isEqualTo("Baraka " + tag);
	}

	@Test
	void shouldAnswerNotFoundForUnknownCustomer() {
		TestResponse missing = TestUsers.shared(this.port, "CASHIER").get("/api/customers/" + UUID.randomUUID());

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.code()).isEqualTo("not-found");
	}

}
