package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
 * Tests for {@link ProductController} and {@link StockController}.
 */
@IntegrationTest
class ProductIntegrationTests {

	@LocalServerPort
	int port;

	TestApi manager;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
	}

	@Test
	void shouldCreateProductWithEtagAndZeroStock() {
		TestResponse created = this.manager.post("/api/products", soda("SODA-" + UUID.randomUUID(), null));

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = created.json();
		assertThat(product.path("unit_price").decimalValue()).isEqualByComparingTo("1200");
		assertThat(product.path("stock_on_hand").decimalValue()).isEqualByComparingTo("0");
		assertThat(product.path("archived").asBoolean()).isFalse();
		assertThat(created.headers().firstValue("ETag")).hasValue("\"" + product.path("version").asLong() + "\"");
	}

	@Test
	void shouldAnswerStoredProductWhenCreateWithIdIsReplayed() {
		UUID id = UUID.randomUUID();
		Map<String, Object> soda = soda("SODA-" + id, null);
		soda.put("id", id);
		TestResponse first = this.manager.post("/api/products", soda);

		TestResponse replay = this.manager.post("/api/products", soda);

		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().path("version").asLong()).isEqualTo(first.json().path("version").asLong());
	}

	@Test
	void shouldUpdateWithCurrentVersionAndRefuseStaleOne() {
		TestResponse created = this.manager.post("/api/products", soda("SODA-" + UUID.randomUUID(), null));
		String etag = created.headers().firstValue("ETag").orElseThrow();
		String path = "/api/products/" + created.field("id");
		Map<String, Object> dearer = soda(created.field("sku"), new BigDecimal("1300"));

		TestResponse updated = this.manager.send("PUT", path, dearer, Map.of("If-Match", etag));
		TestResponse stale = this.manager.send("PUT", path, soda(created.field("sku"), new BigDecimal("1100")),
				Map.of("If-Match", etag));

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("unit_price").decimalValue()).isEqualByComparingTo("1300");
		assertThat(updated.json().path("version").asLong()).isGreaterThan(created.json().path("version").asLong());
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.code()).isEqualTo("precondition-failed");
		assertThat(stale.json().path("current").path("unit_price").decimalValue()).isEqualByComparingTo("1300");
		assertThat(this.manager.get(path).json().path("unit_price").decimalValue()).isEqualByComparingTo("1300");
	}

	@Test
	void shouldLetOnlyOneOfTwoConcurrentEditsOfSameVersionWin() {
		TestResponse created = this.manager.post("/api/products", soda("SODA-" + UUID.randomUUID(), null));
		String etag = created.headers().firstValue("ETag").orElseThrow();
		String path = "/api/products/" + created.field("id");

		List<TestResponse> answers = List
			.of(CompletableFuture.supplyAsync(() -> this.manager.send("PUT", path,
					soda(created.field("sku"), new BigDecimal("1300")), Map.of("If-Match", etag))),
					CompletableFuture.supplyAsync(() -> this.manager.send("PUT", path,
							soda(created.field("sku"), new BigDecimal("1400")), Map.of("If-Match", etag))))
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(answers).extracting(TestResponse::status).containsExactlyInAnyOrder(200, 412);
		BigDecimal winner = answers.stream()
			.filter((answer) -> answer.status() == 200)
			.findFirst()
			.orElseThrow()
			.json()
			.path("unit_price")
			.decimalValue();
		assertThat(this.manager.get(path).json().path("unit_price").decimalValue()).isEqualByComparingTo(winner);
	}

	@Test
	void shouldKeepLowStockThresholdAndDeliverItInPulls() {
		Map<String, Object> soda = soda("SODA-" + UUID.randomUUID(), null);
		soda.put("low_stock_threshold", new BigDecimal("12.5"));
		TestResponse created = this.manager.post("/api/products", soda);
		String path = "/api/products/" + created.field("id");

		soda.remove("low_stock_threshold");
		TestResponse cleared = this.manager.send("PUT", path, soda,
				Map.of("If-Match", created.headers().firstValue("ETag").orElseThrow()));
		soda.put("low_stock_threshold", new BigDecimal("-1"));
		TestResponse negative = this.manager.send("PUT", path, soda,
				Map.of("If-Match", cleared.headers().firstValue("ETag").orElseThrow()));

		assertThat(created.json().path("low_stock_threshold").decimalValue()).isEqualByComparingTo("12.5");
		JsonNode pulled = pulledRow(created.field("id"));
		assertThat(cleared.status()).isEqualTo(200);
		assertThat(cleared.json().path("low_stock_threshold").isNull()).isTrue();
		assertThat(pulled.path("low_stock_threshold").isNull()).isTrue();
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.code()).isEqualTo("validation-failed");
	}

	@Test
	void shouldFindProductsByNameSkuOrBarcode() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> cola = soda("COLA-" + tag, null);
		cola.put("name", "Kola Tamu " + tag);
		cola.put("barcode", "59" + tag.hashCode());
		this.manager.post("/api/products", cola);

		assertThat(names("/api/products?q=kola%20tamu%20" + tag)).containsExactly("Kola Tamu " + tag);
		assertThat(names("/api/products?q=cola-" + tag)).containsExactly("Kola Tamu " + tag);
		assertThat(names("/api/products?q=" + cola.get("barcode"))).containsExactly("Kola Tamu " + tag);
		assertThat(names("/api/products?q=%25")).as("%% is a character, not a wildcard").isEmpty();
		assertThat(names("/api/products?q=nothing-like-" + tag)).isEmpty();
	}

	@Test
	void shouldHideArchivedProductsUnlessAsked() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> old = soda("OLD-" + tag, null);
		old.put("name", "Old soda " + tag);
		String id = this.manager.post("/api/products", old).field("id");

		TestResponse archived = this.manager.post("/api/products/" + id + "/archive", null);

		assertThat(archived.json().path("archived").asBoolean()).isTrue();
		assertThat(names("/api/products?q=" + tag)).isEmpty();
		assertThat(names("/api/products?status=archived&q=" + tag)).containsExactly("Old soda " + tag);
		assertThat(this.manager.post("/api/products/" + id + "/restore", null).json().path("archived").asBoolean())
			.isFalse();
		assertThat(names("/api/products?q=" + tag)).containsExactly("Old soda " + tag);
	}

	@Test
	void shouldPageThroughProducts() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			Map<String, Object> soda = soda("P" + i + "-" + tag, null);
			soda.put("name", "Paged " + tag + " " + i);
			this.manager.post("/api/products", soda);
		}

		JsonNode page = this.manager.get("/api/products?q=" + tag + "&page=1&size=2").json();

		assertThat(page.path("total_elements").asLong()).isEqualTo(5);
		assertThat(page.path("total_pages").asInt()).isEqualTo(3);
		assertThat(page.path("data").valueStream().map((product) -> product.path("name").asString()))
			.containsExactly("Paged " + tag + " 2", "Paged " + tag + " 3");
	}

	@Test
	void shouldRecordStockAdjustmentOnceAndKeepHistory() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		Map<String, Object> delivery = Map.of("id", UUID.randomUUID(), "delta", 24, "reason", "received", "note",
				"Delivery from Bakhresa");
		String path = "/api/products/" + sugar + "/stock_adjustments";

		TestResponse first = this.manager.post(path, delivery);
		TestResponse replay = this.manager.post(path, delivery);
		TestResponse damaged = this.manager.post(path,
				Map.of("id", UUID.randomUUID(), "delta", -2, "reason", "damaged"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("stock_on_hand").decimalValue()).isEqualByComparingTo("24");
		assertThat(replay.status()).isEqualTo(200);
		assertThat(damaged.json().path("stock_on_hand").decimalValue()).isEqualByComparingTo("22");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("22");
		JsonNode history = this.manager.get("/api/products/" + sugar + "/stock_movements").json();
		assertThat(history.valueStream().map((movement) -> movement.path("reason").asString()))
			.containsExactlyInAnyOrder("received", "damaged");
	}

	@Test
	void shouldAnswerNotFoundForUnknownProduct() {
		TestResponse missing = this.manager.get("/api/products/" + UUID.randomUUID());

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.code()).isEqualTo("not-found");
	}

	private List<String> names(String path) {
		TestResponse page = this.manager.get(path);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		return page.json().path("data").valueStream().map((product) -> product.path("name").asString()).toList();
	}

	/** The product's row in a full pull, following the cursor to the end. */
	private JsonNode pulledRow(String id) {
		JsonNode found = null;
		String query = "/api/products/sync?limit=5000";
		while (true) {
			JsonNode page = this.manager.get(query).json();
			for (JsonNode row : page.path("data")) {
				if (row.path("id").asString().equals(id)) {
					found = row;
				}
			}
			if (!page.path("has_more").asBoolean()) {
				return java.util.Objects.requireNonNull(found, "product not pulled");
			}
			query = "/api/products/sync?limit=5000&last_sync=" + java.net.URLEncoder
				.encode(page.path("cursor").asString(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private static Map<String, Object> soda(String sku, BigDecimal price) {
		Map<String, Object> soda = new LinkedHashMap<>();
		soda.put("sku", sku);
		soda.put("name", "Soda 500ml");
		soda.put("category", "Drinks");
		soda.put("unit_price", (price != null) ? price : new BigDecimal("1200"));
		return soda;
	}

}
