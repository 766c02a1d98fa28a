package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PullController}: paging in (version, id) order, deltas after edits,
 * sales and archiving, the sales window and scope, and the answers to bad cursors and
 * limits (docs/sync-protocol.md, "Pull").
 */
@IntegrationTest
class PullIntegrationTests {

	@LocalServerPort
	int port;

	TestApi manager;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
	}

	@Test
	void shouldPageFullSnapshotInVersionOrderWithEveryProductExactlyOnce() throws Exception {
		for (String name : List.of("Maize flour 2kg", "Rice 5kg", "Cooking oil 1L", "Tea leaves 250g", "Salt 1kg",
				"Matches (10)", "Bar soap")) {
			ShopFixtures.product(this.manager, name, "2500");
		}

		PullPages.Drained snapshot = PullPages.drain(this.manager, "products", null, 3);

		assertThat(snapshot.pages()).hasSizeGreaterThanOrEqualTo(3);
		for (int i = 0; i < snapshot.pages().size() - 1; i++) {
			assertThat(snapshot.pages().get(i).hasMore()).isTrue();
			assertThat(snapshot.pages().get(i).data()).hasSize(3);
		}
		assertThat(snapshot.pages().get(snapshot.pages().size() - 1).hasMore()).isFalse();
		assertThat(snapshot.ids()).doesNotHaveDuplicates();
		assertInVersionOrder(snapshot.rows());
		Map<UUID, Long> pulled = new HashMap<>();
		snapshot.rows().forEach((row) -> pulled.put(id(row), row.path("version").asLong()));
		assertThat(pulled).isEqualTo(versions("SELECT id, version FROM products"));
		assertThat(PullPages.page(this.manager, "products", snapshot.cursor(), 3).data()).isEmpty();
	}

	@Test
	void shouldDeliverProductAgainAfterPriceEditSaleAndArchive() throws Exception {
		TestApi cashier = TestUsers.shared(this.port, "CASHIER");
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		PullPages.Drained before = PullPages.drain(this.manager, "products", null, 50);
		long received = before.find(sugar).path("version").asLong();
		assertThat(before.find(sugar).path("stock_on_hand").decimalValue()).isEqualByComparingTo("10");

		TestResponse repriced = reprice(sugar, "3800");
		PullPages.Drained afterEdit = PullPages.drain(this.manager, "products", before.cursor(), 50);

		assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
		assertThat(afterEdit.ids()).containsExactly(sugar);
		JsonNode edited = afterEdit.find(sugar);
		assertThat(edited.path("version").asLong()).isGreaterThan(received);
		assertThat(edited.path("unit_price").decimalValue()).isEqualByComparingTo("3800");
		assertThat(edited.path("deleted").asBoolean()).isFalse();

		TestResponse sold = cashier.post("/api/sales", saleNow(List.of(ShopFixtures.line(sugar, 3, "3800"))));
		PullPages.Drained afterSale = PullPages.drain(this.manager, "products", afterEdit.cursor(), 50);

		assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
		assertThat(afterSale.ids()).containsExactly(sugar);
		JsonNode moved = afterSale.find(sugar);
		assertThat(moved.path("version").asLong()).isGreaterThan(edited.path("version").asLong())
			.isEqualTo(sold.json().path("version").asLong());
		assertThat(moved.path("stock_on_hand").decimalValue()).isEqualByComparingTo("7");
		assertThat(moved.path("unit_price").decimalValue()).isEqualByComparingTo("3800");

		TestResponse archived = this.manager.post("/api/products/" + sugar + "/archive", null);
		PullPages.Drained afterArchive = PullPages.drain(this.manager, "products", afterSale.cursor(), 50);

		assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
		assertThat(afterArchive.ids()).containsExactly(sugar);
		JsonNode tombstone = afterArchive.find(sugar);
		assertThat(tombstone.path("deleted").asBoolean()).isTrue();
		assertThat(tombstone.path("version").asLong()).isGreaterThan(moved.path("version").asLong());
		assertThat(PullPages.drain(this.manager, "products", afterArchive.cursor(), 50).rows()).isEmpty();
	}

	@Test
	void shouldDeliverEveryRowOfOneTransactionWhenItSpansPages() {
		TestApi cashier = TestUsers.shared(this.port, "CASHIER");
		List<UUID> basket = new ArrayList<>();
		for (String name : List.of("Milk 500ml", "Bread loaf", "Eggs (tray)", "Margarine 250g", "Jam 400g")) {
			UUID product = ShopFixtures.product(this.manager, name, "1500");
			ShopFixtures.receive(this.manager, product, 10);
			basket.add(product);
		}
		String cursor = PullPages.drain(this.manager, "products", null, 50).cursor();

		TestResponse sold = cashier.post("/api/sales",
				saleNow(basket.stream().map((product) -> ShopFixtures.line(product, 2, "1500")).toList()));
		PullPages.Drained delta = PullPages.drain(this.manager, "products", cursor, 2);

		assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
		assertThat(delta.pages()).extracting((page) -> page.data().size()).containsExactly(2, 2, 1);
		assertThat(delta.pages()).extracting(PullPages.Page::hasMore).containsExactly(true, true, false);
		assertThat(delta.ids()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(basket);
		assertThat(delta.rows()).extracting((row) -> row.path("version").asLong())
			.containsOnly(sold.json().path("version").asLong());
		assertThat(delta.rows()).extracting((row) -> row.path("stock_on_hand").decimalValue())
			.allSatisfy((stock) -> assertThat(stock).isEqualByComparingTo("8"));
		assertInVersionOrder(delta.rows());
	}

	@Test
	void shouldDeliverCustomersCreatedAndChangedButNotUnchangedReplays() {
		TestApi cashier = TestUsers.shared(this.port, "CASHIER");
		String cursor = PullPages.drain(cashier, "customers", null, 50).cursor();
		UUID asha = UUID.randomUUID();
		UUID baraka = UUID.randomUUID();
		UUID neema = UUID.randomUUID();
		assertThat(cashier.put("/api/customers/" + asha, Map.of("name", "Asha Mwita", "phone", "+255 712 345 678"))
			.status()).isEqualTo(201);
		assertThat(cashier.put("/api/customers/" + baraka, Map.of("name", "Baraka Otieno")).status()).isEqualTo(201);
		assertThat(cashier.put("/api/customers/" + neema, Map.of("name", "Neema Said")).status()).isEqualTo(201);

		PullPages.Drained created = PullPages.drain(cashier, "customers", cursor, 2);

		assertThat(created.ids()).containsExactly(asha, baraka, neema);
		assertThat(created.pages()).hasSize(2);
		assertThat(created.rows()).extracting((row) -> row.path("deleted").asBoolean()).containsOnly(false);
		assertThat(created.find(asha).path("phone").asString()).isEqualTo("+255 712 345 678");

		assertThat(cashier.put("/api/customers/" + baraka, Map.of("name", "Baraka Otieno")).status()).isEqualTo(200);
		assertThat(cashier
			.put("/api/customers/" + asha,
					Map.of("name", "Asha Mwita", "phone", "+255 712 345 678", "notes", "Fridays"))
			.status()).isEqualTo(200);
		PullPages.Drained changed = PullPages.drain(cashier, "customers", created.cursor(), 2);

		assertThat(changed.ids()).containsExactly(asha);
		assertThat(changed.find(asha).path("notes").asString()).isEqualTo("Fridays");
		assertThat(changed.find(asha).path("version").asLong())
			.isGreaterThan(created.find(neema).path("version").asLong());
	}

	@Test
	void shouldServeCashierOwnRecentSalesAndManagerAllRecentSales() {
		TestUsers.User amina = TestUsers.create(this.port, "CASHIER");
		TestApi aminaApi = TestUsers.tokenClient(this.port, amina.username(), TestApi.PASSWORD);
		TestApi juma = TestUsers.as(this.port, "CASHIER");
		UUID soap = ShopFixtures.product(this.manager, "Bar soap", "1200");
		String managerCursor = PullPages.drain(this.manager, "sales", null, 50).cursor();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

		UUID today = sell(aminaApi, soap, now.minusMinutes(5));
		UUID lastMonth = sell(aminaApi, soap, now.minusDays(29));
		UUID tooOld = sell(aminaApi, soap, now.minusDays(40));
		UUID jumas = sell(juma, soap, now.minusHours(1));
		PullPages.Drained aminaPull = PullPages.drain(aminaApi, "sales", null, 1);
		PullPages.Drained managerPull = PullPages.drain(this.manager, "sales", managerCursor, 1);

		assertThat(aminaPull.ids()).containsExactlyInAnyOrder(today, lastMonth);
		assertThat(aminaPull.rows()).extracting((row) -> row.path("cashier_id").asString())
			.containsOnly(amina.id().toString());
		assertThat(aminaPull.rows()).extracting((row) -> row.path("deleted").asBoolean()).containsOnly(false);
		assertThat(aminaPull.find(today).path("items")).hasSize(1);
		assertThat(managerPull.ids()).containsExactly(today, lastMonth, jumas).doesNotContain(tooOld);
		assertInVersionOrder(managerPull.rows());
	}

	@Test
	void shouldAnswerInvalidCursorForGarbageAndForCursorOfAnotherCollection() {
		String productsCursor = PullPages.page(this.manager, "products", null, 1).cursor();

		TestResponse garbage = PullPages.pull(this.manager, "products", "not-a-cursor%21%21", 10);
		TestResponse base64Garbage = PullPages.pull(this.manager, "products", "aGVsbG8gd29ybGQ", 10);
		TestResponse wrongCollection = PullPages.pull(this.manager, "customers", productsCursor, 10);
		TestResponse wrongCollectionForSales = PullPages.pull(this.manager, "sales", productsCursor, 10);

		for (TestResponse answer : List.of(garbage, base64Garbage, wrongCollection, wrongCollectionForSales)) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.code()).isEqualTo("invalid-cursor");
		}
	}

	@Test
	void shouldAnswerCursorExpiredForCursorBeyondLastVersionHandedOut() {
		TestResponse expired = PullPages.pull(this.manager, "products",
				PullPages.forgedCursor("products", 9_000_000_000L), 10);
		TestResponse expiredCustomers = PullPages.pull(this.manager, "customers",
				PullPages.forgedCursor("customers", 9_000_000_000L), 10);

		for (TestResponse answer : List.of(expired, expiredCustomers)) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(410);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.code()).isEqualTo("cursor-expired");
		}
	}

	@Test
	void shouldAnswerCursorExpiredForCursorOfAnotherDatabaseGeneration() {
		TestResponse restored = PullPages.pull(this.manager, "products",
				PullPages.forgedCursor("products", UUID.randomUUID().toString(), 1), 10);
		TestResponse current = PullPages.pull(this.manager, "products", PullPages.forgedCursor("products", 1), 10);

		assertThat(restored.status()).as(restored.toString()).isEqualTo(410);
		assertThat(restored.code()).isEqualTo("cursor-expired");
		assertThat(current.status()).as(current.toString()).isEqualTo(200);
	}

	@ParameterizedTest(name = "limit={0}: {1}")
	@CsvSource(textBlock = """
			0,      validation-failed
			-1,     validation-failed
			5001,   validation-failed
			100000, validation-failed
			many,   invalid-parameter
			""")
	void shouldRefuseLimitOutsideOneToFiveThousand(String limit, String code) {
		TestResponse answer = this.manager.get("/api/products/sync?limit=" + limit);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.code()).isEqualTo(code);
	}

	@Test
	void shouldAcceptLimitsOfOneAndFiveThousand() {
		assertThat(PullPages.page(this.manager, "products", null, 1).data()).hasSizeLessThanOrEqualTo(1);
		assertThat(PullPages.pull(this.manager, "customers", null, 5000).status()).isEqualTo(200);
	}

	@Test
	void shouldIgnoreUnknownQueryParameter() {
		PullPages.Page page = PullPages.Page.of(this.manager.get("/api/products/sync?limit=2&since=yesterday"));

		assertThat(page.data()).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void shouldRegisterDeviceThatPulls() throws Exception {
		TestUsers.User halima = TestUsers.create(this.port, "CASHIER");
		TestApi tablet = TestUsers.tokenClient(this.port, halima.username(), TestApi.PASSWORD);
		UUID deviceId = UUID.randomUUID();

		TestResponse pulled = PullPages.pull(tablet, "customers", null, 5, Map.of("X-Device-Id", deviceId.toString()));

		assertThat(pulled.status()).as(pulled.toString()).isEqualTo(200);
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT user_id, last_pull_at FROM devices WHERE id = ?")) {
			statement.setObject(1, deviceId);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("device %s registered", deviceId).isTrue();
				assertThat(rows.getObject("user_id", UUID.class)).isEqualTo(halima.id());
				assertThat(rows.getObject("last_pull_at", OffsetDateTime.class)).isNotNull();
			}
		}
	}

	private TestResponse reprice(UUID productId, String price) {
		TestResponse current = this.manager.get("/api/products/" + productId);
		assertThat(current.status()).as(current.toString()).isEqualTo(200);
		JsonNode product = current.json();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sku", product.path("sku").asString());
		body.put("name", product.path("name").asString());
		body.put("category", product.path("category").asString());
		body.put("unit_price", new BigDecimal(price));
		return this.manager.send("PUT", "/api/products/" + productId, body,
				Map.of("If-Match", current.headers().firstValue("ETag").orElseThrow()));
	}

	private static UUID sell(TestApi cashier, UUID productId, OffsetDateTime soldAt) {
		Map<String, Object> sale = ShopFixtures.sale(UUID.randomUUID(),
				List.of(ShopFixtures.line(productId, 1, "1200")));
		sale.put("sold_at", soldAt.toString());
		TestResponse sold = cashier.post("/api/sales", sale);
		assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
		return UUID.fromString(sold.field("id"));
	}

	private static Map<String, Object> saleNow(List<Map<String, Object>> lines) {
		Map<String, Object> sale = ShopFixtures.sale(UUID.randomUUID(), lines);
		sale.put("sold_at", OffsetDateTime.now(ZoneOffset.UTC).toString());
		return sale;
	}

	private static void assertInVersionOrder(List<JsonNode> rows) {
		for (int i = 1; i < rows.size(); i++) {
			JsonNode previous = rows.get(i - 1);
			JsonNode row = rows.get(i);
			assertThat(PullPages.compare(previous.path("version").asLong(), id(previous), row.path("version").asLong(),
					id(row)))
				.as("row %d (%s) after row %d (%s)", i, row, i - 1, previous)
				.isNegative();
		}
	}

	private static UUID id(JsonNode row) {
		return UUID.fromString(row.path("id").asString());
	}

	private static Map<UUID, Long> versions(String sql) throws Exception {
		Map<UUID, Long> versions = new HashMap<>();
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
			}
		}
		return versions;
	}

}
