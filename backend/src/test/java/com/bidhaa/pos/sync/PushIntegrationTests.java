package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.StoredRows;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.sync.PushFixtures.BULK_CREATE;
import static com.bidhaa.pos.sync.PushFixtures.batch;
import static com.bidhaa.pos.sync.PushFixtures.count;
import static com.bidhaa.pos.sync.PushFixtures.ids;
import static com.bidhaa.pos.sync.PushFixtures.pushed;
import static com.bidhaa.pos.sync.PushFixtures.resultIds;
import static com.bidhaa.pos.sync.PushFixtures.statuses;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link PushController}: a till's batch of sales is answered sale by sale, in
 * order; each sale is recorded once however often and however concurrently it is sent, a
 * sale that cannot be recorded is refused alone with its reason, and a batch that is
 * refused as a whole stores nothing.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class PushIntegrationTests {

	private static final Map<String, String> GZIP_JSON = Map.of("Content-Type", "application/json", "Content-Encoding",
			"gzip");

	@LocalServerPort
	int port;

	private TestApi manager;

	private TestApi cashier;

	private UUID cashierId;

	private UUID sugar;

	@BeforeAll
	void createShop() {
		this.manager = TestUsers.as(this.port, "MANAGER");
		TestUsers.User user = TestUsers.create(this.port, "CASHIER");
		this.cashier = TestUsers.tokenClient(this.port, user.username(), TestApi.PASSWORD);
		this.cashierId = user.id();
		this.sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, this.sugar, 100_000);
	}

	@Test
	void shouldRecordEverySaleOfBatchAndMoveStock() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID rice = ShopFixtures.product(this.manager, "Rice 1kg", "2500.50");
		ShopFixtures.receive(this.manager, sugar, 10);
		ShopFixtures.receive(this.manager, rice, 10);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = List.of(tillSale(till, 1, sugar, 1, "3500"),
				tillSale(till, 2, sugar, 2, "3500"),
				tillSale(till, 3, List.of(ShopFixtures.line(sugar, 1, "3500"), ShopFixtures.line(rice, 2, "2500.50"))));

		JsonNode answer = pushed(this.cashier, batch(till, 0, sales));

		assertThat(answer.path("created").asInt()).isEqualTo(3);
		assertThat(answer.path("duplicates").asInt()).isZero();
		assertThat(answer.path("rejected").asInt()).isZero();
		assertThat(statuses(answer)).containsExactly("created", "created", "created");
		assertThat(resultIds(answer)).containsExactlyElementsOf(ids(sales));
		for (int i = 0; i < sales.size(); i++) {
			JsonNode result = answer.path("results").get(i);
			Map<String, Object> sent = sales.get(i);
			assertThat(result.path("sale").path("sale_number").asString()).isEqualTo(sent.get("sale_number"));
			assertThat(result.path("sale").path("device_seq").asLong()).isEqualTo(i + 1);
			assertThat(result.path("sale").path("device_id").asString()).isEqualTo(till.toString());
			assertThat(result.path("sale").path("cashier_id").asString()).isEqualTo(this.cashierId.toString());
			assertThat(result.path("conflicts").isEmpty()).as(result.toString()).isTrue();
			assertThat(result.path("error").isNull()).as(result.toString()).isTrue();
			assertThat(PushFixtures.query("SELECT sale_number FROM sales WHERE id = ?", sent.get("id")))
				.isEqualTo(sent.get("sale_number"));
			assertThat(count("SELECT device_seq FROM sales WHERE id = ? AND device_id = ?", sent.get("id"), till))
				.isEqualTo(i + 1);
		}
		assertThat(answer.path("results").get(2).path("sale").path("total_amount").decimalValue())
			.isEqualByComparingTo("8501.00");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("6");
		assertThat(ShopFixtures.stock(this.manager, rice)).isEqualByComparingTo("8");
		assertThat(count(
				"SELECT count(*) FROM stock_movements m JOIN sales s ON s.id = m.sale_id WHERE s.device_id = ?", till))
			.isEqualTo(4);
	}

	@Test
	void shouldAnswerEverySaleInOrderSent() {
		UUID till = UUID.randomUUID();
		Map<String, Object> sentBefore = tillSale(till, 2, this.sugar, 1, "3500");
		pushed(this.cashier, batch(till, 3, List.of(sentBefore)));
		List<Map<String, Object>> sales = List.of(tillSale(till, 5, this.sugar, 1, "3500"),
				tillSale(till, 4, UUID.randomUUID(), 1, "3500"), sentBefore, tillSale(till, 3, this.sugar, 2, "3500"),
				tillSale(till, 1, this.sugar, 3, "3500"));

		JsonNode answer = pushed(this.cashier, batch(till, 0, sales));

		assertThat(resultIds(answer)).containsExactlyElementsOf(ids(sales));
		assertThat(statuses(answer)).containsExactly("created", "rejected", "duplicate", "created", "created");
		assertThat(answer.path("results").valueStream().map((result) -> result.path("sale").path("sale_number")))
			.map(JsonNode::asString)
			.containsExactly(String.valueOf(sales.get(0).get("sale_number")), "",
					String.valueOf(sentBefore.get("sale_number")), String.valueOf(sales.get(3).get("sale_number")),
					String.valueOf(sales.get(4).get("sale_number")));
		assertThat(answer.path("created").asInt()).isEqualTo(3);
		assertThat(answer.path("duplicates").asInt()).isEqualTo(1);
		assertThat(answer.path("rejected").asInt()).isEqualTo(1);
	}

	@Test
	void shouldRecordEachSaleOnceWhenSameBatchIsSentThreeTimesAtOnce() throws Exception {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 100);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = IntStream.rangeClosed(1, 6)
			.mapToObj((seq) -> tillSale(till, seq, sugar, seq, "3500"))
			.toList();
		Map<String, Object> batch = batch(till, 0, sales);

		List<TestResponse> answers = PushFixtures.together(3, () -> this.cashier.post(BULK_CREATE, batch));

		for (TestResponse answer : answers) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			assertThat(resultIds(answer.json())).containsExactlyElementsOf(ids(sales));
			assertThat(statuses(answer.json())).isSubsetOf("created", "duplicate");
			assertThat(answer.json().path("created").asInt() + answer.json().path("duplicates").asInt()).isEqualTo(6);
		}
		for (int i = 0; i < sales.size(); i++) {
			int index = i;
			assertThat(answers).as("answers for sale %d", index)
				.filteredOn((answer) -> statuses(answer.json()).get(index).equals("created"))
				.hasSize(1);
			assertThat(count("SELECT count(*) FROM sales WHERE id = ?", sales.get(i).get("id"))).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM stock_movements WHERE sale_id = ?", sales.get(i).get("id")))
				.isEqualTo(1);
		}
		assertThat(answers.stream().mapToInt((answer) -> answer.json().path("created").asInt()).sum()).isEqualTo(6);
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo(String.valueOf(100 - 21));
		assertThat(PushFixtures.till(this.manager, till).path("contiguous_seq").asLong()).isEqualTo(6);
	}

	@Test
	void shouldRecordNineSalesOfTenAndRejectTheOneWithZeroQuantity() {
		Map<String, Object> zeroQuantity = ShopFixtures.sale(UUID.randomUUID(),
				List.of(ShopFixtures.line(this.sugar, 0, "3500")));

		JsonNode rejected = assertOnlyRejected(zeroQuantity, 6, "validation-failed");

		assertThat(rejected.path("error").path("message").asString()).contains("items[0].quantity");
	}

	@Test
	void shouldRecordNineSalesOfTenAndRejectTheOneOfUnknownProduct() {
		UUID unknown = UUID.randomUUID();
		Map<String, Object> unknownProduct = ShopFixtures.sale(UUID.randomUUID(),
				List.of(ShopFixtures.line(this.sugar, 1, "3500"), ShopFixtures.line(unknown, 1, "1200")));

		JsonNode rejected = assertOnlyRejected(unknownProduct, 3, "unknown-product");

		assertThat(rejected.path("error").path("message").asString()).contains(unknown.toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("salesThatCannotBeRecorded")
	void shouldRejectSaleThatCannotBeRecordedAloneWithItsReason(String name, Object sale, String code) {
		JsonNode rejected = assertRejectedAlone(sale);

		assertThat(rejected.path("error").path("code").asString()).as(rejected.toString()).isEqualTo(code);
	}

	@Test
	void shouldRejectSaleWhoseIdIsNotTextAloneAndRecordTheOthers() {
		Map<String, Object> objectForId = with("id", Map.of("uuid", UUID.randomUUID()));
		Map<String, Object> arrayForId = with("id", List.of(UUID.randomUUID()));

		JsonNode objectRejected = assertRejectedAlone(objectForId);
		JsonNode arrayRejected = assertRejectedAlone(arrayForId);

		assertThat(objectRejected.path("error").path("code").asString()).isEqualTo("malformed-request");
		assertThat(arrayRejected.path("error").path("code").asString()).isEqualTo("malformed-request");
	}

	@Test
	void shouldRejectSaleWhoseValuesCannotBeStoredAloneAndRecordTheOthers() {
		Map<String, Object> soldInYear300000 = with("sold_at", "+300000-01-01T00:00:00Z");

		JsonNode rejected = assertRejectedAlone(soldInYear300000);

		assertThat(rejected.path("error").path("code").asString()).as(rejected.toString())
			.isEqualTo("malformed-request");
	}

	Stream<Arguments> salesThatCannotBeRecorded() {
		return Stream.of(Arguments.of("zero quantity", withLine("quantity", 0), "validation-failed"),
				Arguments.of("negative quantity", withLine("quantity", -2), "validation-failed"),
				Arguments.of("quantity with four decimals", withLine("quantity", new BigDecimal("0.0001")),
						"validation-failed"),
				Arguments.of("no items", with("items", List.of()), "validation-failed"),
				Arguments.of("missing id", with("id", null), "validation-failed"),
				Arguments.of("missing payment method", with("payment_method", null), "validation-failed"),
				Arguments.of("zero device_seq", with("device_seq", 0), "validation-failed"),
				Arguments.of("unknown product", withLine("product_id", UUID.randomUUID()), "unknown-product"),
				Arguments.of("unknown customer", with("customer_id", UUID.randomUUID()), "unknown-customer"),
				Arguments.of("discount above the subtotal", with("discount", new BigDecimal("5000")), "invalid-sale"),
				Arguments.of("line total too large to store",
						ShopFixtures.sale(UUID.randomUUID(),
								List.of(ShopFixtures.line(this.sugar, 1000000, "999999999999.99"))),
						"invalid-sale"),
				Arguments.of("string for a quantity", withLine("quantity", "2"), "malformed-request"),
				Arguments.of("string for a price", withLine("unit_price", "3500"), "malformed-request"),
				Arguments.of("unknown field", with("colour", "white"), "malformed-request"),
				Arguments.of("unknown field in a line", withLine("discount", 100), "malformed-request"),
				Arguments.of("unknown payment method", with("payment_method", "bitcoin"), "malformed-request"),
				Arguments.of("not a date for sold_at", with("sold_at", "yesterday"), "malformed-request"),
				Arguments.of("NUL in a walk-in customer's name", with("customer_name", "Juma\u0000Said"),
						"malformed-request"),
				Arguments.of("invalid UUID for the id", with("id", "not-a-uuid"), "malformed-request"),
				Arguments.of("number for the id", with("id", 42), "malformed-request"),
				Arguments.of("string for the sale", "sale 142", "malformed-request"),
				Arguments.of("number for the sale", 142, "malformed-request"),
				Arguments.of("null for the sale", null, "malformed-request"),
				Arguments.of("array for the sale", List.of(with("discount", 0)), "malformed-request"));
	}

	@Test
	void shouldRejectDifferentSaleUnderUsedIdAndKeepStoredSale() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 2, "3500");
		JsonNode first = pushed(this.cashier, batch(till, 0, List.of(sale)));
		Map<String, Object> other = new LinkedHashMap<>(sale);
		other.put("items", List.of(ShopFixtures.line(sugar, 5, "3500")));

		JsonNode answer = pushed(this.cashier, batch(till, 0, List.of(other)));

		assertThat(statuses(first)).containsExactly("created");
		assertThat(statuses(answer)).containsExactly("rejected");
		JsonNode rejected = answer.path("results").get(0);
		assertThat(rejected.path("id").asString()).isEqualTo(sale.get("id").toString());
		assertThat(rejected.path("error").path("code").asString()).isEqualTo("id-conflict");
		TestResponse stored = this.manager.get("/api/sales/" + sale.get("id"));
		assertThat(stored.json().path("items").get(0).path("quantity").decimalValue()).isEqualByComparingTo("2");
		assertThat(stored.json().path("total_amount").decimalValue()).isEqualByComparingTo("7000");
		assertThat(stored.json().path("version").asLong())
			.isEqualTo(first.path("results").get(0).path("sale").path("version").asLong());
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("8");
	}

	@Test
	void shouldRejectDifferentSaleUnderIdUsedEarlierInSameBatch() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, sugar, 1, "3500");
		Map<String, Object> other = new LinkedHashMap<>(sale);
		other.put("payment_method", "mobile_money");

		JsonNode answer = pushed(this.cashier, batch(till, 0, List.of(sale, other, sale)));

		assertThat(statuses(answer)).containsExactly("created", "rejected", "duplicate");
		assertThat(answer.path("results").get(1).path("error").path("code").asString()).isEqualTo("id-conflict");
		assertThat(this.manager.get("/api/sales/" + sale.get("id")).field("payment_method")).isEqualTo("cash");
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("9");
	}

	@Test
	void shouldAnswerStoredSaleForSaleSentAgainInAnotherBatch() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 10);
		UUID till = UUID.randomUUID();
		Map<String, Object> first = tillSale(till, 1, sugar, 1, "3500");
		Map<String, Object> second = tillSale(till, 2, sugar, 2, "3500");
		Map<String, Object> third = tillSale(till, 3, sugar, 3, "3500");
		JsonNode before = pushed(this.cashier, batch(till, 1, List.of(first, second)));
		Map<String, Object> secondSpelledOtherwise = new LinkedHashMap<>(second);
		secondSpelledOtherwise.put("items", List.of(ShopFixtures.line(sugar, 2, "3500.00")));
		secondSpelledOtherwise.put("amount_tendered", new BigDecimal("100000.00"));

		JsonNode answer = pushed(this.cashier, batch(till, 0, List.of(secondSpelledOtherwise, third)));

		assertThat(statuses(answer)).containsExactly("duplicate", "created");
		assertThat(answer.path("duplicates").asInt()).isEqualTo(1);
		JsonNode stored = answer.path("results").get(0).path("sale");
		JsonNode recorded = before.path("results").get(1).path("sale");
		assertThat(stored.path("id").asString()).isEqualTo(second.get("id").toString());
		assertThat(stored.path("version").asLong()).isEqualTo(recorded.path("version").asLong());
		assertThat(Instant.parse(stored.path("received_at").asString()))
			.isCloseTo(Instant.parse(recorded.path("received_at").asString()), within(1, ChronoUnit.MICROS));
		assertThat(stored.path("total_amount").decimalValue()).isEqualByComparingTo("7000");
		assertThat(answer.path("results").get(0).path("conflicts").isEmpty()).isTrue();
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("4");
	}

	@Test
	void shouldRecordBatchOfExactly500Sales() {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = IntStream.rangeClosed(1, 500)
			.mapToObj((seq) -> smallSale(sugar, seq))
			.toList();

		JsonNode answer = pushed(this.cashier, batch(till, 0, sales));

		assertThat(answer.path("created").asInt()).isEqualTo(500);
		assertThat(answer.path("results").size()).isEqualTo(500);
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("-500");
		assertThat(PushFixtures.till(this.manager, till).path("contiguous_seq").asLong()).isEqualTo(500);
	}

	@Test
	void shouldRefuseBatchOfMoreThan500SalesStoringNothing() {
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = IntStream.rangeClosed(1, 501)
			.mapToObj((seq) -> smallSale(this.sugar, seq))
			.toList();
		Map<String, String> before = StoredRows.checksums();

		TestResponse answer = this.cashier.post(BULK_CREATE, batch(till, 7, sales));

		assertProblem(answer, 413, "batch-too-large");
		assertThat(StoredRows.checksums()).isEqualTo(before);
	}

	@Test
	void shouldCompressAnswerForClientThatAcceptsGzip() {
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = new java.util.ArrayList<>();
		for (int seq = 1; seq <= 10; seq++) {
			sales.add(tillSale(till, seq, this.sugar, 1, "3500"));
		}

		TestResponse answer = this.cashier.raw("POST", BULK_CREATE, PushFixtures.jsonBytes(batch(till, 0, sales)),
				Map.of("Content-Type", "application/json", "Accept-Encoding", "gzip"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void shouldRecordBatchSentGzipped() {
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = List.of(tillSale(till, 1, this.sugar, 1, "3500"),
				tillSale(till, 2, this.sugar, 2, "3500"));
		byte[] gzipped = PushFixtures.gzip(PushFixtures.jsonBytes(batch(till, 0, sales)));

		TestResponse answer = this.cashier.raw("POST", BULK_CREATE, gzipped, GZIP_JSON);

		assertThat(gzipped[0] & 0xff).isEqualTo(0x1f);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(statuses(answer.json())).containsExactly("created", "created");
		assertThat(count("SELECT count(*) FROM sales WHERE device_id = ?", till)).isEqualTo(2);
	}

	@Test
	void shouldRefuseBodyNotInItsDeclaredEncodingStoringNothing() {
		UUID till = UUID.randomUUID();
		byte[] plain = PushFixtures.jsonBytes(batch(till, 0, List.of(tillSale(till, 1, this.sugar, 1, "3500"))));
		byte[] gzipped = PushFixtures.gzip(plain);
		Map<String, String> before = StoredRows.checksums();

		TestResponse notGzip = this.cashier.raw("POST", BULK_CREATE, plain, GZIP_JSON);
		TestResponse truncated = this.cashier.raw("POST", BULK_CREATE, Arrays.copyOf(gzipped, gzipped.length - 12),
				GZIP_JSON);
		TestResponse brotli = this.cashier.raw("POST", BULK_CREATE, gzipped,
				Map.of("Content-Type", "application/json", "Content-Encoding", "br"));

		assertProblem(notGzip, 400, "malformed-request");
		assertProblem(truncated, 400, "malformed-request");
		assertProblem(brotli, 415, "unsupported-media-type");
		assertThat(StoredRows.checksums()).isEqualTo(before);
		assertThat(count("SELECT count(*) FROM sales WHERE device_id = ?", till)).isZero();
	}

	@Test
	void shouldRefuseGzipBodyThatInflatesBeyondSizeLimit() {
		UUID till = UUID.randomUUID();
		String padded = "{\"device_id\": \"" + till + "\", \"sales\": [" + " ".repeat(1024 * 1024) + "]}";
		byte[] gzipped = PushFixtures.gzip(padded.getBytes(StandardCharsets.UTF_8));
		Map<String, String> before = StoredRows.checksums();

		TestResponse answer = this.cashier.raw("POST", BULK_CREATE, gzipped, GZIP_JSON);

		assertThat(gzipped.length).isLessThan(16 * 1024);
		assertProblem(answer, 413, "payload-too-large");
		assertThat(StoredRows.checksums()).isEqualTo(before);
	}

	@Test
	void shouldRefuseMalformedBatchAsWholeStoringNothing() {
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, this.sugar, 1, "3500");
		Map<String, Object> negativePending = batch(till, -1, List.of(sale));
		Map<String, Object> noSales = batch(till, 0, List.of());
		noSales.remove("sales");
		Map<String, Object> unknownField = batch(till, 0, List.of(sale));
		unknownField.put("queue", "outbox");
		Map<String, Object> objectForSales = batch(till, 0, List.of());
		objectForSales.put("sales", sale);
		Map<String, Object> invalidDevice = batch(till, 0, List.of(sale));
		invalidDevice.put("device_id", "till-3");
		Map<String, String> before = StoredRows.checksums();

		assertProblem(this.cashier.post(BULK_CREATE, negativePending), 400, "validation-failed");
		assertProblem(this.cashier.post(BULK_CREATE, noSales), 400, "validation-failed");
		assertProblem(this.cashier.post(BULK_CREATE, unknownField), 400, "malformed-request");
		assertProblem(this.cashier.post(BULK_CREATE, objectForSales), 400, "malformed-request");
		assertProblem(this.cashier.post(BULK_CREATE, invalidDevice), 400, "malformed-request");
		assertProblem(this.cashier.post(BULK_CREATE, List.of(sale)), 400, "malformed-request");
		assertProblem(
				this.cashier.send("POST", BULK_CREATE, batch(till, 0, List.of(sale)), Map.of("X-Device-Id", "till-3")),
				400, "invalid-parameter");
		assertProblem(TestApi.anonymous(this.port).post(BULK_CREATE, batch(till, 0, List.of(sale))), 401,
				"unauthenticated");
		assertThat(StoredRows.checksums()).isEqualTo(before);
	}

	@Test
	void shouldKeepPendingCountAndLastPushOfTill() {
		UUID till = UUID.randomUUID();
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		pushed(this.cashier, batch(till, 7, List.of(tillSale(till, 1, this.sugar, 1, "3500"))));
		JsonNode afterFirst = PushFixtures.till(this.manager, till);
		Map<String, Object> byHeader = batch(null, 0, List.of(tillSale(till, 2, this.sugar, 1, "3500")));
		byHeader.remove("device_id");
		TestResponse second = this.cashier.send("POST", BULK_CREATE, byHeader, Map.of("X-Device-Id", till.toString()));
		JsonNode afterSecond = PushFixtures.till(this.manager, till);
		pushed(this.cashier, batch(till, 4, List.of()));
		JsonNode afterNothingToSend = PushFixtures.till(this.manager, till);

		assertThat(afterFirst.path("pending").asInt()).isEqualTo(7);
		assertThat(afterFirst.path("user_id").asString()).isEqualTo(this.cashierId.toString());
		assertThat(Instant.parse(afterFirst.path("last_push_at").asString())).isAfterOrEqualTo(before);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(statuses(second.json())).containsExactly("created");
		assertThat(second.json().path("results").get(0).path("sale").path("device_id").asString())
			.isEqualTo(till.toString());
		assertThat(afterSecond.path("pending").asInt()).isZero();
		assertThat(afterSecond.path("contiguous_seq").asLong()).isEqualTo(2);
		assertThat(Instant.parse(afterSecond.path("last_push_at").asString()))
			.isAfterOrEqualTo(Instant.parse(afterFirst.path("last_push_at").asString()));
		assertThat(afterNothingToSend.path("pending").asInt()).isEqualTo(4);
		assertThat(count("SELECT count(*) FROM sales WHERE device_id = ?", till)).isEqualTo(2);
	}

	/**
	 * Pushes the sale between two good ones of a new till; asserts that it alone is
	 * rejected, with a reason, that nothing of it is stored and that the push was
	 * recorded; answers its result.
	 */
	private JsonNode assertRejectedAlone(Object sale) {
		UUID till = UUID.randomUUID();
		List<Object> sales = new ArrayList<>();
		sales.add(tillSale(till, 1, this.sugar, 1, "3500"));
		sales.add(sale);
		sales.add(tillSale(till, 2, this.sugar, 1, "3500"));

		JsonNode answer = pushed(this.cashier, batch(till, 5, sales));

		assertThat(statuses(answer)).as(answer.toString()).containsExactly("created", "rejected", "created");
		assertThat(answer.path("rejected").asInt()).isEqualTo(1);
		JsonNode rejected = answer.path("results").get(1);
		assertThat(rejected.path("error").path("message").asString()).as(rejected.toString()).isNotBlank();
		assertThat(rejected.path("sale").isNull()).isTrue();
		Object id = (sale instanceof Map<?, ?> map) ? map.get("id") : null;
		if (id instanceof UUID uuid) {
			assertThat(rejected.path("id").asString()).isEqualTo(uuid.toString());
			assertThat(count("SELECT count(*) FROM sales WHERE id = ?", uuid)).isZero();
		}
		else {
			assertThat(rejected.path("id").isNull()).as(rejected.toString()).isTrue();
		}
		assertThat(count("SELECT count(*) FROM sales WHERE device_id = ?", till)).isEqualTo(2);
		assertThat(count(
				"SELECT count(*) FROM stock_movements m JOIN sales s ON s.id = m.sale_id WHERE s.device_id = ?", till))
			.isEqualTo(2);
		assertThat(PushFixtures.till(this.manager, till).path("pending").asInt()).isEqualTo(5);
		return rejected;
	}

	private JsonNode assertOnlyRejected(Map<String, Object> bad, int index, String code) {
		UUID sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, sugar, 100);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> sales = new ArrayList<>();
		for (int seq = 1; seq <= 10; seq++) {
			sales.add(tillSale(till, seq, sugar, 1, "3500"));
		}
		sales.set(index, bad);

		JsonNode answer = pushed(this.cashier, batch(till, 0, sales));

		assertThat(answer.path("created").asInt()).as(answer.toString()).isEqualTo(9);
		assertThat(answer.path("rejected").asInt()).isEqualTo(1);
		assertThat(answer.path("duplicates").asInt()).isZero();
		assertThat(resultIds(answer)).containsExactlyElementsOf(ids(sales));
		JsonNode rejected = answer.path("results").get(index);
		assertThat(rejected.path("status").asString()).isEqualTo("rejected");
		assertThat(rejected.path("error").path("code").asString()).as(rejected.toString()).isEqualTo(code);
		for (int i = 0; i < sales.size(); i++) {
			assertThat(count("SELECT count(*) FROM sales WHERE id = ?", sales.get(i).get("id"))).as("stored sale %d", i)
				.isEqualTo((i == index) ? 0 : 1);
		}
		assertThat(ShopFixtures.stock(this.manager, sugar)).isEqualByComparingTo("91");
		return rejected;
	}

	/** A valid till sale with one field replaced. */
	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> sale = ShopFixtures.cashSale(this.sugar, 1, "3500");
		sale.put(field, value);
		return sale;
	}

	/** A valid till sale whose only line has one field replaced. */
	private Map<String, Object> withLine(String field, Object value) {
		Map<String, Object> line = ShopFixtures.line(this.sugar, 1, "3500");
		line.put(field, value);
		return ShopFixtures.sale(UUID.randomUUID(), List.of(line));
	}

	/** A sale of one unit with only what a till must send. */
	private static Map<String, Object> smallSale(UUID productId, long seq) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("product_id", productId);
		line.put("quantity", 1);
		Map<String, Object> sale = new LinkedHashMap<>();
		sale.put("id", UUID.randomUUID());
		sale.put("device_seq", seq);
		sale.put("payment_method", "cash");
		sale.put("items", List.of(line));
		return sale;
	}

	private static void assertProblem(TestResponse answer, int status, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
	}

}
