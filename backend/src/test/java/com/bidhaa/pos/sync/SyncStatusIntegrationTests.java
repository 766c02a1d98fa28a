package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.sync.PushFixtures.batch;
import static com.bidhaa.pos.sync.PushFixtures.pushed;
import static com.bidhaa.pos.sync.PushFixtures.statuses;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests for {@link SyncController}: the sync status shows how far each till's numbered
 * sales have arrived and which are missing, what each till registered and reported, the
 * open conflicts by type and the sales received today.
 */
@IntegrationTest
class SyncStatusIntegrationTests {

	private static final ZoneId SHOP_ZONE = ZoneId.of("Africa/Dar_es_Salaam");

	@LocalServerPort
	int port;

	TestApi manager;

	TestApi cashier;

	UUID sugar;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
		this.cashier = TestUsers.shared(this.port, "CASHIER");
		this.sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, this.sugar, 1000);
	}

	@Test
	void shouldShowGapInTillSequenceUntilMissingSaleArrives() {
		UUID till = UUID.randomUUID();
		Map<String, Object> first = tillSale(till, 1, this.sugar, 1, "3500");
		Map<String, Object> second = tillSale(till, 2, this.sugar, 1, "3500");
		Map<String, Object> third = tillSale(till, 3, this.sugar, 1, "3500");
		Map<String, Object> fourth = tillSale(till, 4, this.sugar, 1, "3500");

		pushed(this.cashier, batch(till, 1, List.of(first, second, fourth)));
		JsonNode withGap = PushFixtures.till(this.manager, till);
		pushed(this.cashier, batch(till, 0, List.of(third)));
		JsonNode complete = PushFixtures.till(this.manager, till);
		JsonNode replay = pushed(this.cashier, batch(till, 0, List.of(fourth, third, second, first)));
		JsonNode afterReplay = PushFixtures.till(this.manager, till);

		assertSequence(withGap, 2, 4, List.of(3L));
		assertSequence(complete, 4, 4, List.of());
		assertThat(statuses(replay)).containsOnly("duplicate");
		assertSequence(afterReplay, 4, 4, List.of());
	}

	@Test
	void shouldCloseWideGapWhenMissingSalesArriveInAnyOrder() {
		UUID till = UUID.randomUUID();
		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 1, this.sugar, 1, "3500"),
				tillSale(till, 2, this.sugar, 1, "3500"), tillSale(till, 10, this.sugar, 1, "3500"))));
		JsonNode withGap = PushFixtures.till(this.manager, till);

		pushed(this.cashier, batch(till, 0,
				IntStream.of(9, 7, 3, 8, 5).mapToObj((seq) -> tillSale(till, seq, this.sugar, 1, "3500")).toList()));
		JsonNode partly = PushFixtures.till(this.manager, till);
		pushed(this.cashier, batch(till, 0,
				List.of(tillSale(till, 6, this.sugar, 1, "3500"), tillSale(till, 4, this.sugar, 1, "3500"))));
		JsonNode complete = PushFixtures.till(this.manager, till);

		assertSequence(withGap, 2, 10, List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L));
		assertSequence(partly, 3, 10, List.of(4L, 6L));
		assertSequence(complete, 10, 10, List.of());
	}

	@Test
	void shouldNotCountRejectedSaleInTillSequence() {
		UUID till = UUID.randomUUID();
		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 1, this.sugar, 1, "3500"))));

		JsonNode answer = pushed(this.cashier,
				batch(till, 1, List.of(tillSale(till, 3, UUID.randomUUID(), 1, "3500"))));

		assertThat(statuses(answer)).containsExactly("rejected");
		assertSequence(PushFixtures.till(this.manager, till), 1, 1, List.of());
	}

	@Test
	void shouldShowNameAndAppVersionTillRegistered() {
		UUID till = UUID.randomUUID();
		UUID cashierId = PushFixtures.idOf(this.cashier);

		TestResponse registered = this.cashier.put("/api/sync/devices/" + till,
				Map.of("name", "Till 3 (front counter)", "app_version", "1.4.2"));
		JsonNode named = PushFixtures.till(this.manager, till);
		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 1, this.sugar, 1, "3500"))));
		TestResponse upgraded = this.cashier.put("/api/sync/devices/" + till, Map.of("app_version", "1.5.0"));
		JsonNode afterUpgrade = PushFixtures.till(this.manager, till);

		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
		assertThat(named.path("name").asString()).isEqualTo("Till 3 (front counter)");
		assertThat(named.path("app_version").asString()).isEqualTo("1.4.2");
		assertThat(named.path("user_id").asString()).isEqualTo(cashierId.toString());
		assertThat(named.path("first_seen_at").isNull()).isFalse();
		assertThat(named.path("last_push_at").isNull()).isTrue();
		assertSequence(named, 0, 0, List.of());
		assertThat(upgraded.status()).as(upgraded.toString()).isEqualTo(200);
		assertThat(afterUpgrade.path("name").asString()).isEqualTo("Till 3 (front counter)");
		assertThat(afterUpgrade.path("app_version").asString()).isEqualTo("1.5.0");
		assertThat(afterUpgrade.path("first_seen_at").asString()).isEqualTo(named.path("first_seen_at").asString());
		assertThat(afterUpgrade.path("last_push_at").isNull()).isFalse();
	}

	@Test
	void shouldRefuseInvalidTillRegistration() {
		UUID till = UUID.randomUUID();

		assertProblem(this.cashier.put("/api/sync/devices/" + till, Map.of("name", "T".repeat(101))), 400,
				"validation-failed");
		assertProblem(this.cashier.put("/api/sync/devices/" + till, Map.of("app_version", "1".repeat(41))), 400,
				"validation-failed");
		assertProblem(this.cashier.put("/api/sync/devices/" + till, Map.of("colour", "blue")), 400,
				"malformed-request");
		assertProblem(this.cashier.put("/api/sync/devices/till-3", Map.of("name", "Till 3")), 400, "invalid-parameter");
		assertThat(PushFixtures.status(this.manager).path("devices").valueStream())
			.noneMatch((device) -> device.path("id").asString().equals(till.toString()));
	}

	@Test
	void shouldCountOpenConflictsByType() {
		UUID archived = ShopFixtures.product(this.manager, "Cooking oil 1l", "6500");
		ShopFixtures.receive(this.manager, archived, 10);
		assertThat(this.manager.post("/api/products/" + archived + "/archive", null).status()).isEqualTo(200);
		UUID scarce = ShopFixtures.product(this.manager, "Matches 10-pack", "1200");
		UUID till = UUID.randomUUID();
		Map<String, Object> mispriced = tillSale(till, 1, this.sugar, 2, "3000");
		mispriced.put("total_amount", new BigDecimal("7000"));
		Map<String, Long> before = openConflicts();

		pushed(this.cashier, batch(till, 0,
				List.of(mispriced, tillSale(till, 2, archived, 1, "6500"), tillSale(till, 3, scarce, 1, "1200"))));
		Map<String, Long> after = openConflicts();
		JsonNode priceMismatch = PushFixtures.conflictsOf(this.manager, mispriced.get("id"))
			.stream()
			.filter((conflict) -> conflict.path("type").asString().equals("price-mismatch"))
			.findFirst()
			.orElseThrow();
		assertThat(this.manager.post("/api/sync/conflicts/" + priceMismatch.path("id").asString() + "/resolve", null)
			.status()).isEqualTo(200);
		Map<String, Long> afterResolve = openConflicts();

		assertThat(before).containsOnlyKeys("oversold", "price-mismatch", "archived-product", "total-mismatch",
				"customer-edit");
		assertThat(after).containsEntry("oversold", before.get("oversold") + 1)
			.containsEntry("price-mismatch", before.get("price-mismatch") + 1)
			.containsEntry("archived-product", before.get("archived-product") + 1)
			.containsEntry("total-mismatch", before.get("total-mismatch") + 1);
		assertThat(afterResolve).containsEntry("price-mismatch", before.get("price-mismatch"))
			.containsEntry("oversold", after.get("oversold"))
			.containsEntry("total-mismatch", after.get("total-mismatch"));
	}

	@Test
	void shouldCountSalesReceivedToday() {
		UUID till = UUID.randomUUID();
		Map<String, Object> soldYesterday = tillSale(till, 1, this.sugar, 1, "3500");
		soldYesterday.put("sold_at", Instant.now().minusSeconds(36 * 3600).toString());
		List<Map<String, Object>> sales = List.of(soldYesterday, tillSale(till, 2, this.sugar, 1, "3500"),
				tillSale(till, 3, this.sugar, 1, "3500"));
		JsonNode before = PushFixtures.status(this.manager);

		JsonNode answer = pushed(this.cashier, batch(till, 0,
				List.of(sales.get(0), sales.get(1), tillSale(till, 4, UUID.randomUUID(), 1, "1"), sales.get(2))));
		JsonNode afterPush = PushFixtures.status(this.manager);
		pushed(this.cashier, batch(till, 0, sales));
		JsonNode afterReplay = PushFixtures.status(this.manager);

		assumeThat(shopDay(afterReplay)).as("the shop's day did not change during the test").isEqualTo(shopDay(before));
		assertThat(statuses(answer)).containsExactly("created", "created", "rejected", "created");
		assertThat(afterPush.path("sales_received_today").asLong())
			.isEqualTo(before.path("sales_received_today").asLong() + 3);
		assertThat(afterReplay.path("sales_received_today").asLong())
			.isEqualTo(afterPush.path("sales_received_today").asLong());
		assertThat(Instant.parse(afterReplay.path("server_time").asString()))
			.isAfterOrEqualTo(Instant.parse(before.path("server_time").asString()));
	}

	private Map<String, Long> openConflicts() {
		Map<String, Long> counts = new HashMap<>();
		PushFixtures.status(this.manager)
			.path("open_conflicts")
			.properties()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue().asLong()));
		return counts;
	}

	private static LocalDate shopDay(JsonNode status) {
		return Instant.parse(status.path("server_time").asString()).atZone(SHOP_ZONE).toLocalDate();
	}

	private static void assertSequence(JsonNode till, long contiguous, long max, List<Long> gaps) {
		assertThat(till.path("contiguous_seq").asLong()).as(till.toString()).isEqualTo(contiguous);
		assertThat(till.path("max_seq").asLong()).as(till.toString()).isEqualTo(max);
		assertThat(till.path("gaps").valueStream().map(JsonNode::asLong)).as(till.toString())
			.containsExactlyElementsOf(gaps);
		assertThat(till.path("gap_count").asLong()).as(till.toString()).isEqualTo(gaps.size());
	}

	private static void assertProblem(TestResponse answer, int status, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
	}

}
