package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
import static com.bidhaa.pos.sync.PushFixtures.conflicts;
import static com.bidhaa.pos.sync.PushFixtures.conflictsOf;
import static com.bidhaa.pos.sync.PushFixtures.pushed;
import static com.bidhaa.pos.sync.PushFixtures.statuses;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PushService}, {@link ConflictStore} and {@link ConflictQueries}: a
 * sale whose money has changed hands is recorded even when it oversells, was charged
 * another price, sells an archived product or does not add up; each such conflict is
 * answered, recorded once, listed for managers and can be marked resolved.
 */
@IntegrationTest
class PushConflictIntegrationTests {

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
	void shouldRecordBothSalesOfTwoTillsSellingPastStockAndTellOversold() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 3);
		Till first = till(sugar);
		Till second = till(sugar);

		JsonNode firstAnswer = pushed(first.api(), batch(first.id(), 0, List.of(first.sale())));
		JsonNode secondAnswer = pushed(second.api(), batch(second.id(), 0, List.of(second.sale())));

		assertThat(statuses(firstAnswer)).containsExactly("created");
		assertThat(statuses(secondAnswer)).containsExactly("created");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-1");
		assertThat(firstAnswer.path("results").get(0).path("conflicts").isEmpty()).isTrue();
		JsonNode oversold = secondAnswer.path("results").get(0).path("conflicts");
		assertThat(oversold.size()).as(oversold.toString()).isEqualTo(1);
		assertThat(oversold.get(0).path("type").asString()).isEqualTo("oversold");
		assertThat(oversold.get(0).path("product_id").asString()).isEqualTo(sugar.toString());
		assertThat(oversold.get(0).path("values").path("stock_after").decimalValue()).isEqualByComparingTo("-1");
		List<JsonNode> listed = conflicts(this.manager, "type=oversold").stream()
			.filter((conflict) -> conflict.path("product_id").asString().equals(sugar.toString()))
			.toList();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("type").asString()).isEqualTo("oversold");
		assertThat(listed.get(0).path("sale_id").asString()).isEqualTo(second.sale().get("id").toString());
		assertThat(listed.get(0).path("device_id").asString()).isEqualTo(second.id().toString());
		assertThat(listed.get(0).path("values").path("stock_after").decimalValue()).isEqualByComparingTo("-1");
		assertThat(listed.get(0).path("created_at").isNull()).isFalse();
		assertThat(listed.get(0).path("resolved_at").isNull()).isTrue();
		assertThat(conflicts(this.manager, "type=oversold"))
			.allSatisfy((conflict) -> assertThat(conflict.path("type").asString()).isEqualTo("oversold"));
	}

	@Test
	void shouldRecordBothSalesOfTwoTillsPushingAtOncePastStockAndTellOversoldOnce() throws Exception {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 3);
		List<Till> tills = List.of(till(sugar), till(sugar));
		AtomicInteger next = new AtomicInteger();

		List<JsonNode> answers = PushFixtures.together(2, () -> {
			Till till = tills.get(next.getAndIncrement());
			return pushed(till.api(), batch(till.id(), 0, List.of(till.sale())));
		});

		assertThat(answers).allSatisfy((answer) -> assertThat(statuses(answer)).containsExactly("created"));
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-1");
		List<JsonNode> told = answers.stream()
			.flatMap((answer) -> answer.path("results").get(0).path("conflicts").valueStream())
			.toList();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).path("type").asString()).isEqualTo("oversold");
		assertThat(told.get(0).path("values").path("stock_after").decimalValue()).isEqualByComparingTo("-1");
		assertThat(conflicts(this.manager, "type=oversold"))
			.filteredOn((conflict) -> conflict.path("product_id").asString().equals(sugar.toString()))
			.hasSize(1);
	}

	@Test
	void shouldRecordSaleAtPriceChargedAndTellPriceMismatch() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 2, "3000");
		sale.put("total_amount", new BigDecimal("6000"));

		JsonNode result = pushed(this.cashier, batch(till, 0, List.of(sale))).path("results").get(0);

		assertThat(result.path("status").asString()).isEqualTo("created");
		assertThat(result.path("sale").path("items").get(0).path("unit_price").decimalValue())
			.isEqualByComparingTo("3000");
		assertThat(result.path("sale").path("total_amount").decimalValue()).isEqualByComparingTo("6000");
		assertThat(result.path("conflicts").size()).as(result.toString()).isEqualTo(1);
		JsonNode conflict = result.path("conflicts").get(0);
		assertThat(conflict.path("type").asString()).isEqualTo("price-mismatch");
		assertThat(conflict.path("product_id").asString()).isEqualTo(sugar.toString());
		assertThat(conflict.path("values").path("unit_price").decimalValue()).isEqualByComparingTo("3000");
		assertThat(conflict.path("values").path("current_price").decimalValue()).isEqualByComparingTo("3500");
		assertThat(conflicts(this.manager, "type=price-mismatch"))
			.filteredOn((listed) -> listed.path("sale_id").asString().equals(sale.get("id").toString()))
			.singleElement()
			.satisfies((listed) -> {
				assertThat(listed.path("product_id").asString()).isEqualTo(sugar.toString());
				assertThat(listed.path("device_id").asString()).isEqualTo(till.toString());
				assertThat(listed.path("values").path("current_price").decimalValue()).isEqualByComparingTo("3500");
			});
		assertThat(conflicts(this.manager, "type=oversold"))
			.noneMatch((listed) -> listed.path("sale_id").asString().equals(sale.get("id").toString()));
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("8");
	}

	@Test
	void shouldRecordSaleOfProductArchivedMeanwhileAndTellArchivedProduct() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		TestResponse archived = this.manager.post("/api/products/" + sugar + "/archive", null);
		assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 1, "3500");

		JsonNode result = pushed(this.cashier, batch(till, 0, List.of(sale))).path("results").get(0);

		assertThat(result.path("status").asString()).isEqualTo("created");
		assertThat(result.path("conflicts").valueStream().map((conflict) -> conflict.path("type").asString()))
			.containsExactly("archived-product");
		assertThat(result.path("conflicts").get(0).path("product_id").asString()).isEqualTo(sugar.toString());
		assertThat(conflictsOf(this.manager, sale.get("id"))).singleElement()
			.satisfies((listed) -> assertThat(listed.path("type").asString()).isEqualTo("archived-product"));
		assertThat(conflicts(this.manager, "type=archived-product"))
			.anyMatch((listed) -> listed.path("sale_id").asString().equals(sale.get("id").toString()));
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("9");
	}

	@Test
	void shouldRecordServerTotalsOfSaleThatDoesNotAddUpAndTellTotalMismatch() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 2, "3500");
		sale.put("discount", new BigDecimal("500"));
		sale.put("total_amount", new BigDecimal("7000"));
		sale.put("amount_tendered", new BigDecimal("7000"));

		JsonNode result = pushed(this.cashier, batch(till, 0, List.of(sale))).path("results").get(0);

		assertThat(result.path("status").asString()).isEqualTo("created");
		assertThat(result.path("sale").path("total_amount").decimalValue()).isEqualByComparingTo("6500");
		assertThat(result.path("conflicts").size()).as(result.toString()).isEqualTo(1);
		JsonNode conflict = result.path("conflicts").get(0);
		assertThat(conflict.path("type").asString()).isEqualTo("total-mismatch");
		assertThat(conflict.path("product_id").isNull()).isTrue();
		assertThat(conflict.path("values").path("device_total").decimalValue()).isEqualByComparingTo("7000");
		assertThat(conflict.path("values").path("server_total").decimalValue()).isEqualByComparingTo("6500");
		JsonNode stored = this.manager.get("/api/sales/" + sale.get("id")).json();
		assertThat(stored.path("subtotal").decimalValue()).isEqualByComparingTo("7000");
		assertThat(stored.path("discount").decimalValue()).isEqualByComparingTo("500");
		assertThat(stored.path("total_amount").decimalValue()).isEqualByComparingTo("6500");
		assertThat(stored.path("change_due").decimalValue()).isEqualByComparingTo("500");
		assertThat(conflicts(this.manager, "type=total-mismatch"))
			.filteredOn((listed) -> listed.path("sale_id").asString().equals(sale.get("id").toString()))
			.singleElement()
			.satisfies((listed) -> assertThat(listed.path("values").path("server_total").decimalValue())
				.isEqualByComparingTo("6500"));
	}

	@Test
	void shouldRecordEveryConflictOfOneSale() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 1);
		assertThat(this.manager.post("/api/products/" + sugar + "/archive", null).status()).isEqualTo(200);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 3, "3000");
		sale.put("total_amount", new BigDecimal("1"));

		JsonNode result = pushed(this.cashier, batch(till, 0, List.of(sale))).path("results").get(0);

		assertThat(result.path("status").asString()).isEqualTo("created");
		assertThat(result.path("conflicts").valueStream().map((conflict) -> conflict.path("type").asString()))
			.containsExactlyInAnyOrder("archived-product", "price-mismatch", "total-mismatch", "oversold");
		assertThat(conflictsOf(this.manager, sale.get("id"))).hasSize(4)
			.allSatisfy((listed) -> assertThat(listed.path("device_id").asString()).isEqualTo(till.toString()))
			.extracting((listed) -> listed.path("type").asString())
			.containsExactlyInAnyOrder("archived-product", "price-mismatch", "total-mismatch", "oversold");
	}

	@Test
	void shouldTellNoConflictForSaleThatMatches() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 2);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 2, "3500.00");
		sale.put("discount", new BigDecimal("500"));
		sale.put("total_amount", new BigDecimal("6500.00"));

		JsonNode result = pushed(this.cashier, batch(till, 0, List.of(sale))).path("results").get(0);

		assertThat(result.path("status").asString()).isEqualTo("created");
		assertThat(result.path("conflicts").isEmpty()).as(result.toString()).isTrue();
		assertThat(conflictsOf(this.manager, sale.get("id"))).isEmpty();
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("0");
	}

	@Test
	void shouldRecordConflictsOnceWhenSaleIsSentAgain() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 1, "3000");
		JsonNode first = pushed(this.cashier, batch(till, 0, List.of(sale)));

		JsonNode again = pushed(this.cashier, batch(till, 0, List.of(sale, sale)));

		assertThat(first.path("results")
			.get(0)
			.path("conflicts")
			.valueStream()
			.map((conflict) -> conflict.path("type").asString()))
			.containsExactlyInAnyOrder("price-mismatch", "oversold");
		assertThat(statuses(again)).containsExactly("duplicate", "duplicate");
		assertThat(again.path("results").valueStream())
			.allSatisfy((result) -> assertThat(result.path("conflicts").isEmpty()).as(result.toString()).isTrue());
		assertThat(conflictsOf(this.manager, sale.get("id"))).hasSize(2);
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-1");
	}

	@Test
	void shouldListResolvedConflictUnderResolvedAndNoLongerUnderOpen() {
		JsonNode conflict = priceMismatch();
		String id = conflict.path("id").asString();
		UUID managerId = PushFixtures.idOf(this.manager);

		TestResponse resolved = this.manager.post("/api/sync/conflicts/" + id + "/resolve", null);
		TestResponse again = this.manager.post("/api/sync/conflicts/" + id + "/resolve", null);

		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
		assertThat(resolved.field("id")).isEqualTo(id);
		assertThat(resolved.json().path("resolved_at").isNull()).isFalse();
		assertThat(resolved.field("resolved_by")).isEqualTo(managerId.toString());
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.field("resolved_at")).isEqualTo(resolved.field("resolved_at"));
		assertThat(ids(conflicts(this.manager, "status=open"))).doesNotContain(id);
		assertThat(ids(conflicts(this.manager, "status=open&type=price-mismatch"))).doesNotContain(id);
		assertThat(ids(conflicts(this.manager, "status=resolved"))).contains(id);
		assertThat(ids(conflicts(this.manager, "status=resolved&type=price-mismatch"))).contains(id);
		assertThat(ids(conflicts(this.manager, "status=all"))).contains(id);
		TestResponse defaults = this.manager.get("/api/sync/conflicts");
		assertThat(defaults.status()).isEqualTo(200);
		assertThat(defaults.json().valueStream().map((listed) -> listed.path("id").asString())).doesNotContain(id);
		assertThat(defaults.json().valueStream())
			.allSatisfy((listed) -> assertThat(listed.path("resolved_at").isNull()).as(listed.toString()).isTrue());
	}

	@Test
	void shouldLetAdminResolveConflict() {
		String id = priceMismatch().path("id").asString();

		TestResponse resolved = TestUsers.admin(this.port).post("/api/sync/conflicts/" + id + "/resolve", null);

		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
		assertThat(resolved.json().path("resolved_at").isNull()).isFalse();
	}

	@Test
	void shouldForbidCashierToReadOrResolveConflictsAndStatus() {
		String id = priceMismatch().path("id").asString();

		assertProblem(this.cashier.get("/api/sync/conflicts"), 403, "forbidden");
		assertProblem(this.cashier.get("/api/sync/conflicts?status=all&type=oversold"), 403, "forbidden");
		assertProblem(this.cashier.post("/api/sync/conflicts/" + id + "/resolve", null), 403, "forbidden");
		assertProblem(this.cashier.get("/api/sync/status"), 403, "forbidden");
		assertProblem(TestApi.anonymous(this.port).get("/api/sync/conflicts"), 401, "unauthenticated");
		assertProblem(TestApi.anonymous(this.port).get("/api/sync/status"), 401, "unauthenticated");
		assertThat(ids(conflicts(this.manager, "status=open&type=price-mismatch"))).contains(id);
	}

	@Test
	void shouldRefuseBadConflictParameters() {
		assertProblem(this.manager.get("/api/sync/conflicts?status=closed"), 400, "invalid-parameter");
		assertProblem(this.manager.get("/api/sync/conflicts?type=stolen"), 400, "invalid-parameter");
		assertProblem(this.manager.get("/api/sync/conflicts?status=all&type=OVERSOLD"), 400, "invalid-parameter");
		assertProblem(this.manager.get("/api/sync/conflicts?limit=0"), 400, "validation-failed");
		assertProblem(this.manager.get("/api/sync/conflicts?limit=1001"), 400, "validation-failed");
		assertProblem(this.manager.get("/api/sync/conflicts?limit=many"), 400, "invalid-parameter");
		assertProblem(this.manager.post("/api/sync/conflicts/not-a-uuid/resolve", null), 400, "invalid-parameter");
		assertProblem(this.manager.post("/api/sync/conflicts/" + UUID.randomUUID() + "/resolve", null), 404,
				"not-found");
	}

	/** Pushes a sale charged below the current price; answers its recorded conflict. */
	private JsonNode priceMismatch() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 1, "3000");
		assertThat(statuses(pushed(this.cashier, batch(till, 0, List.of(sale))))).containsExactly("created");
		List<JsonNode> recorded = conflictsOf(this.manager, sale.get("id"));
		assertThat(recorded).hasSize(1);
		return recorded.get(0);
	}

	/** A till of its own cashier with a sale of two bags of the product. */
	private Till till(UUID productId) {
		UUID id = UUID.randomUUID();
		return new Till(id, TestUsers.as(this.port, "CASHIER"), tillSale(id, 1, productId, 2, "3500"));
	}

	private static List<String> ids(List<JsonNode> conflicts) {
		return conflicts.stream().map((conflict) -> conflict.path("id").asString()).toList();
	}

	private static void assertProblem(TestResponse answer, int status, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
	}

	/**
	 * A till, the cashier using it and the sale it pushes.
	 *
	 * @param id the till's device id
	 * @param api its cashier's token client
	 * @param sale the sale it pushes
	 */
	record Till(UUID id, TestApi api, Map<String, Object> sale) {
	}

}
