package com.bidhaa.pos.shop;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bidhaa.pos.support.Concurrently;
import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ShopController}: managers replace the shop's receipt details, every
 * role reads them with the configured currency and time zone.
 */
@IntegrationTest
class ShopIntegrationTests {

	@LocalServerPort
	int port;

	TestApi manager;

	TestApi cashier;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
		this.cashier = TestUsers.shared(this.port, "CASHIER");
	}

	@Test
	void shouldStoreTrimmedDetailsAndShowThemToEveryRole() {
		long before = this.manager.put("/api/shop", Map.of()).json().path("version").asLong();
		Map<String, Object> details = mamaAsha();
		details.put("name", "  Duka la Mama Asha  ");
		details.put("tin", " 123-456-789 ");

		TestResponse stored = this.manager.put("/api/shop", details);
		JsonNode seenByCashier = shop(this.cashier);

		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		assertThat(seenByCashier).isEqualTo(stored.json());
		assertThat(seenByCashier.path("name").asString()).isEqualTo("Duka la Mama Asha");
		assertThat(seenByCashier.path("address").asString()).isEqualTo("Kariakoo, Mtaa wa Congo 14, Dar es Salaam");
		assertThat(seenByCashier.path("phone").asString()).isEqualTo("+255 22 218 0000 / 0754 111 222");
		assertThat(seenByCashier.path("tin").asString()).isEqualTo("123-456-789");
		assertThat(seenByCashier.path("receipt_footer").asString()).isEqualTo("Asante kwa kununua! Karibu tena.");
		assertThat(seenByCashier.path("currency").asString()).isEqualTo("TZS");
		assertThat(seenByCashier.path("time_zone").asString()).isEqualTo("Africa/Dar_es_Salaam");
		assertThat(seenByCashier.path("version").asLong()).isGreaterThan(before);
		assertThat(Instant.parse(seenByCashier.path("updated_at").asString())).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void shouldClearMissingAndBlankFields() {
		assertThat(this.manager.put("/api/shop", mamaAsha()).status()).isEqualTo(200);

		TestResponse cleared = this.manager.put("/api/shop",
				Map.of("name", "Duka la Mama Asha", "address", "   ", "receipt_footer", ""));
		TestResponse emptied = this.manager.put("/api/shop", Map.of());

		assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
		assertThat(cleared.field("name")).isEqualTo("Duka la Mama Asha");
		for (String field : List.of("address", "phone", "tin", "receipt_footer")) {
			assertThat(cleared.json().path(field).isNull()).as(field).isTrue();
		}
		assertThat(emptied.status()).as(emptied.toString()).isEqualTo(200);
		assertThat(emptied.json().path("name").isNull()).isTrue();
		assertThat(emptied.field("currency")).isEqualTo("TZS");
		assertThat(emptied.json().path("version").asLong()).isGreaterThan(cleared.json().path("version").asLong());
	}

	@Test
	void shouldChangeNothingWhenTheSameDetailsAreSentAgain() {
		TestResponse first = this.manager.put("/api/shop", mamaAsha());
		Map<String, Object> padded = mamaAsha();
		padded.put("name", "Duka la Mama Asha ");

		TestResponse again = TestUsers.admin(this.port).put("/api/shop", padded);

		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(shop(this.cashier)).isEqualTo(first.json());
	}

	@Test
	void shouldKeepTheLastOfConcurrentEditsWhole() throws Exception {
		long before = shop(this.manager).path("version").asLong();
		Map<Long, JsonNode> answers = new HashMap<>();

		List<JsonNode> results = Concurrently.together(6, () -> {
			String branch = Thread.currentThread().getName();
			TestResponse answer = this.manager.put("/api/shop", Map.of("name", "Duka " + branch, "address",
					"Tawi " + branch, "receipt_footer", "Karibu " + branch));
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			return answer.json();
		});
		results.forEach((answer) -> answers.put(answer.path("version").asLong(), answer));
		JsonNode stored = shop(this.manager);

		assertThat(answers.keySet()).as("each edit got its own version")
			.hasSize(6)
			.allSatisfy((version) -> assertThat(version).isBetween(before + 1, before + 6));
		assertThat(stored).as("the stored details are the last edit, whole").isEqualTo(answers.get(before + 6));
	}

	@Test
	void shouldRefuseOverLongFieldsNamingThemAndStoreNothing() {
		this.manager.put("/api/shop", mamaAsha());
		JsonNode before = shop(this.manager);
		Map<String, Object> tooLong = new LinkedHashMap<>();
		tooLong.put("name", "N".repeat(81));
		tooLong.put("address", "A".repeat(201));
		tooLong.put("phone", "0".repeat(41));
		tooLong.put("tin", "1".repeat(31));
		tooLong.put("receipt_footer", "F".repeat(201));
		Map<String, Object> longestAllowed = Map.of("name", "  " + "N".repeat(80) + "  ", "receipt_footer",
				"F".repeat(200));

		TestResponse refused = this.manager.put("/api/shop", tooLong);
		JsonNode afterRefusal = shop(this.manager);
		TestResponse accepted = this.manager.put("/api/shop", longestAllowed);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("validation-failed");
		assertThat(refused.json().path("errors").valueStream().map((error) -> error.path("field").asString()))
			.containsExactlyInAnyOrder("name", "address", "phone", "tin", "receipt_footer");
		assertThat(afterRefusal).isEqualTo(before);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		assertThat(accepted.field("name")).hasSize(80);
	}

	@Test
	void shouldRefuseEditsByCashier() {
		JsonNode before = shop(this.manager);

		TestResponse refused = this.cashier.put("/api/shop", Map.of("name", "Duka la Juma"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("forbidden");
		assertThat(shop(this.manager)).isEqualTo(before);
	}

	private static JsonNode shop(TestApi api) {
		TestResponse shop = api.get("/api/shop");
		assertThat(shop.status()).as(shop.toString()).isEqualTo(200);
		return shop.json();
	}

	/** The details of a small grocery in Kariakoo, every field set. */
	private static Map<String, Object> mamaAsha() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", "Duka la Mama Asha");
		details.put("address", "Kariakoo, Mtaa wa Congo 14, Dar es Salaam");
		details.put("phone", "+255 22 218 0000 / 0754 111 222");
		details.put("tin", "123-456-789");
		details.put("receipt_footer", "Asante kwa kununua! Karibu tena.");
		return details;
	}

}
