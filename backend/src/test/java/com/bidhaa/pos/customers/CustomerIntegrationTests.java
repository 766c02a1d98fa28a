package com.bidhaa.pos.customers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
	void shouldMergeOfflineEditsFieldByFieldAndRecordTheLosingValue() {
		TestApi cashier = TestUsers.shared(this.port, "CASHIER");
		UUID id = UUID.randomUUID();
		String path = "/api/customers/" + id;
		UUID tillA = UUID.randomUUID();
		UUID tillB = UUID.randomUUID();
		cashier.put(path, Map.of("name", "Asha Mwita", "phone", "0712 000 001", "edited_at", "2026-11-20T08:00:00Z"));

		TestResponse fromA = cashier.send("PUT", path,
				Map.of("name", "Asha Mwita", "phone", "0712 000 002", "edited_at", "2026-11-20T10:00:00Z"),
				Map.of("X-Device-Id", tillA.toString()));
		TestResponse fromB = cashier.send("PUT", path, Map.of("name", "Asha Mwita", "phone", "0712 000 003", "notes",
				"Pays on Fridays", "edited_at", "2026-11-20T09:00:00Z"), Map.of("X-Device-Id", tillB.toString()));

		assertThat(fromA.status()).isEqualTo(200);
		assertThat(fromB.status()).isEqualTo(200);
		assertThat(fromB.field("phone")).as("the later edit of the phone wins").isEqualTo("0712 000 002");
		assertThat(fromB.field("notes")).as("an untouched field takes the older edit").isEqualTo("Pays on Fridays");
		List<JsonNode> conflicts = TestUsers.shared(this.port, "MANAGER")
			.get("/api/sync/conflicts?type=customer-edit")
			.json()
			.valueStream()
			.filter((conflict) -> conflict.path("customer_id").asString().equals(id.toString()))
			.toList();
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).path("device_id").asString()).isEqualTo(tillB.toString());
		assertThat(conflicts.get(0).path("values").path("field").asString()).isEqualTo("phone");
		assertThat(conflicts.get(0).path("values").path("offered").asString()).isEqualTo("0712 000 003");
		assertThat(conflicts.get(0).path("values").path("kept").asString()).isEqualTo("0712 000 002");
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
