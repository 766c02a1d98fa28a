package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SaleController}: recording, replaying, pricing and reading sales.
 */
@IntegrationTest
class SaleIntegrationTests {

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
	void shouldRecordSaleWithServerTotalsAndMoveStock() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID rice = ShopFixtures.product(this.manager, "Rice 1kg", "2500.50");
		ShopFixtures.receive(this.manager, sugar, 10);
		Map<String, Object> sale = ShopFixtures.sale(UUID.randomUUID(),
				List.of(ShopFixtures.line(sugar, 2, "3500"), ShopFixtures.line(rice, 1, "2500.50")));
		sale.put("discount", new BigDecimal("500"));
		sale.put("amount_tendered", new BigDecimal("10000"));

		TestResponse recorded = this.cashier.post("/api/sales", sale);

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.headers().firstValue("Location")).hasValue("/api/sales/" + sale.get("id"));
		JsonNode body = recorded.json();
		assertThat(body.path("subtotal").decimalValue()).isEqualByComparingTo("9500.50");
		assertThat(body.path("discount").decimalValue()).isEqualByComparingTo("500");
		assertThat(body.path("total_amount").decimalValue()).isEqualByComparingTo("9000.50");
		assertThat(body.path("change_due").decimalValue()).isEqualByComparingTo("999.50");
		assertThat(body.path("currency").asString()).isEqualTo("TZS");
		assertThat(body.path("items").get(1).path("product_name").asString()).isEqualTo("Rice 1kg");
		assertThat(body.path("items").get(1).path("line_total").decimalValue()).isEqualByComparingTo("2500.50");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("8");
		assertThat(ShopFixtures.stock(this.manager, rice)).isEqualByComparingTo("-1");
	}

	@Test
	void shouldAnswerStoredSaleWhenSameSaleIsSentAgain() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		Map<String, Object> sale = ShopFixtures.cashSale(sugar, 3, "3500");
		TestResponse first = this.cashier.post("/api/sales", sale);

		TestResponse replay = this.cashier.post("/api/sales", sale);

		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
		assertThat(replay.json().path("version").asLong()).isEqualTo(first.json().path("version").asLong());
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-3");
	}

	@Test
	void shouldTreatEqualNumbersWrittenDifferentlyAsTheSameSale() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID id = UUID.randomUUID();
		Map<String, Object> sale = ShopFixtures.sale(id, List.of(ShopFixtures.line(sugar, 2, "3500")));
		Map<String, Object> sameSale = ShopFixtures.sale(id, List.of(ShopFixtures.line(sugar, 2, "3500.00")));
		this.cashier.post("/api/sales", sale);

		assertThat(this.cashier.post("/api/sales", sameSale).status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseDifferentSaleUnderUsedIdAndKeepStoredOne() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID id = UUID.randomUUID();
		this.cashier.post("/api/sales", ShopFixtures.sale(id, List.of(ShopFixtures.line(sugar, 1, "3500"))));

		TestResponse conflict = this.cashier.post("/api/sales",
				ShopFixtures.sale(id, List.of(ShopFixtures.line(sugar, 5, "3500"))));

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.code()).isEqualTo("id-conflict");
		TestResponse stored = this.manager.get("/api/sales/" + id);
		assertThat(stored.json().path("items").get(0).path("quantity").decimalValue()).isEqualByComparingTo("1");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-1");
	}

	@Test
	void shouldAcceptPriceChargedArchivedProductAndNegativeStock() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		this.manager.post("/api/products/" + sugar + "/archive", null);

		TestResponse recorded = this.cashier.post("/api/sales", ShopFixtures.cashSale(sugar, 4, "3000"));

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().path("total_amount").decimalValue()).isEqualByComparingTo("12000");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-4");
	}

	@Test
	void shouldRecordConflictsOfSaleSentAlone() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		this.manager.post("/api/products/" + sugar + "/archive", null);
		Map<String, Object> sale = ShopFixtures.cashSale(sugar, 4, "3000");

		TestResponse recorded = this.cashier.post("/api/sales", sale);

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		TestResponse conflicts = this.manager.get("/api/sync/conflicts?status=all&limit=1000");
		assertThat(conflicts.json()
			.valueStream()
			.filter((conflict) -> conflict.path("sale_id").asString().equals(String.valueOf(sale.get("id"))))
			.map((conflict) -> conflict.path("type").asString())
			.toList()).containsExactlyInAnyOrder("archived-product", "price-mismatch", "oversold");
	}

	@Test
	void shouldPriceAtCurrentPriceWhenNoneIsSent() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		Map<String, Object> line = ShopFixtures.line(sugar, 2, "0");
		line.remove("unit_price");

		TestResponse recorded = this.cashier.post("/api/sales", ShopFixtures.sale(UUID.randomUUID(), List.of(line)));

		assertThat(recorded.json().path("total_amount").decimalValue()).isEqualByComparingTo("7000");
	}

	@Test
	void shouldRecordFractionalQuantitiesSoldByWeight() {
		UUID beans = ShopFixtures.product(this.manager, "Beans loose per kg", "2800");
		Map<String, Object> line = ShopFixtures.line(beans, 1, "2800");
		line.put("quantity", new BigDecimal("0.375"));

		TestResponse recorded = this.cashier.post("/api/sales", ShopFixtures.sale(UUID.randomUUID(), List.of(line)));

		assertThat(recorded.json().path("total_amount").decimalValue()).isEqualByComparingTo("1050");
		assertThat(ShopFixtures.stock(this.manager, beans)).isEqualByComparingTo("-0.375");
	}

	@Test
	void shouldNameCashierAsNamedWhenTheSaleWasRecordedEverywhereASaleIsAnswered() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		TestUsers.User neema = TestUsers.create(this.port, "CASHIER");
		TestApi till = TestUsers.tokenClient(this.port, neema.username(), TestApi.PASSWORD);
		Map<String, Object> before = ShopFixtures.cashSale(sugar, 1, "3500");
		before.put("sold_at", Instant.now().toString());
		Map<String, Object> after = ShopFixtures.cashSale(sugar, 2, "3500");
		after.put("sold_at", Instant.now().toString());
		TestResponse recorded = till.post("/api/sales", before);

		TestResponse renamed = TestUsers.admin(this.port)
			.patch("/api/users/" + neema.id(), Map.of("display_name", "Neema Kweka"));
		TestResponse replay = till.post("/api/sales", before);
		JsonNode replayPushed = till.post("/api/sales/bulk_create", Map.of("sales", List.of(before))).json();
		JsonNode pushed = till.post("/api/sales/bulk_create", Map.of("sales", List.of(after))).json();

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.field("cashier_name")).isEqualTo("Test CASHIER");
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(replay.status()).as("a replay is the same sale, whoever the cashier is now").isEqualTo(200);
		assertThat(replay.field("cashier_name")).isEqualTo("Test CASHIER");
		assertThat(replayPushed.path("results").get(0).path("status").asString()).isEqualTo("duplicate");
		assertThat(replayPushed.path("results").get(0).path("sale").path("cashier_name").asString())
			.isEqualTo("Test CASHIER");
		assertThat(pushed.path("results").get(0).path("status").asString()).isEqualTo("created");
		assertThat(pushed.path("results").get(0).path("sale").path("cashier_name").asString()).isEqualTo("Neema Kweka");
		assertThat(till.get("/api/sales/" + before.get("id")).field("cashier_name")).isEqualTo("Test CASHIER");
		assertThat(this.manager.get("/api/sales/" + after.get("id")).field("cashier_name")).isEqualTo("Neema Kweka");
		assertThat(namesById(till.get("/api/sales?size=10").json().path("data"))).containsOnly(
				Map.entry(before.get("id").toString(), "Test CASHIER"),
				Map.entry(after.get("id").toString(), "Neema Kweka"));
		assertThat(namesById(till.get("/api/sales/sync?limit=10").json().path("data"))).containsOnly(
				Map.entry(before.get("id").toString(), "Test CASHIER"),
				Map.entry(after.get("id").toString(), "Neema Kweka"));
	}

	private static Map<String, String> namesById(JsonNode sales) {
		Map<String, String> names = new HashMap<>();
		sales.valueStream()
			.forEach((sale) -> names.put(sale.path("id").asString(), sale.path("cashier_name").asString()));
		return names;
	}

	@Test
	void shouldRegisterDeviceFromHeader() throws Exception {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID device = UUID.randomUUID();

		TestResponse recorded = this.cashier.send("POST", "/api/sales", ShopFixtures.cashSale(sugar, 1, "3500"),
				Map.of("X-Device-Id", device.toString()));

		assertThat(recorded.json().path("device_id").asString()).isEqualTo(device.toString());
		try (var connection = com.bidhaa.pos.support.PostgresTestDatabase.connect();
				var statement = connection.prepareStatement("SELECT count(*) FROM devices WHERE id = ?")) {
			statement.setObject(1, device);
			var rows = statement.executeQuery();
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
		}
	}

	@Test
	void shouldShowCashierOnlyTheirOwnSalesAndManagerAll() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		TestApi cashier = TestUsers.as(this.port, "CASHIER");
		TestApi otherCashier = TestUsers.as(this.port, "CASHIER");
		java.time.Instant soldAt = java.time.Instant.parse("2024-01-01T00:00:00Z")
			.plusSeconds(java.util.concurrent.ThreadLocalRandom.current().nextLong(300_000_000L));
		String period = "?size=500&from=" + soldAt + "&to=" + soldAt.plusSeconds(1);
		Map<String, Object> mine = ShopFixtures.cashSale(sugar, 1, "3500");
		Map<String, Object> theirs = ShopFixtures.cashSale(sugar, 1, "3500");
		mine.put("sold_at", soldAt.toString());
		theirs.put("sold_at", soldAt.toString());
		cashier.post("/api/sales", mine);
		otherCashier.post("/api/sales", theirs);

		JsonNode cashierList = cashier.get("/api/sales" + period).json();
		TestResponse foreign = cashier.get("/api/sales/" + theirs.get("id"));
		JsonNode managerList = this.manager.get("/api/sales" + period).json();

		assertThat(cashierList.path("data").valueStream().map((sale) -> sale.path("id").asString()))
			.contains(mine.get("id").toString())
			.doesNotContain(theirs.get("id").toString());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(managerList.path("data").valueStream().map((sale) -> sale.path("id").asString()))
			.contains(mine.get("id").toString(), theirs.get("id").toString());
	}

	@Test
	void shouldListSalesOfPeriodNewestFirst() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		Map<String, Object> early = ShopFixtures.cashSale(sugar, 1, "3500");
		early.put("sold_at", "2025-03-01T08:00:00+03:00");
		Map<String, Object> late = ShopFixtures.cashSale(sugar, 1, "3500");
		late.put("sold_at", "2025-03-01T18:00:00+03:00");
		Map<String, Object> nextDay = ShopFixtures.cashSale(sugar, 1, "3500");
		nextDay.put("sold_at", "2025-03-02T08:00:00+03:00");
		this.cashier.post("/api/sales", early);
		this.cashier.post("/api/sales", late);
		this.cashier.post("/api/sales", nextDay);

		JsonNode page = this.manager
			.get("/api/sales?from=2025-03-01T00:00:00%2B03:00&to=2025-03-02T00:00:00%2B03:00&payment_method=cash")
			.json();

		assertThat(page.path("data").valueStream().map((sale) -> sale.path("id").asString()))
			.containsExactly(late.get("id").toString(), early.get("id").toString());
		assertThat(page.path("total_elements").asLong()).isEqualTo(2);
	}

}
