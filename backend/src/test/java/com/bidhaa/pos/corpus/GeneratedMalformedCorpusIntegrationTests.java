package com.bidhaa.pos.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.bidhaa.pos.corpus.GeneratedRequest.Caller;
import com.bidhaa.pos.corpus.GeneratedRequest.Category;
import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the whole API refuses bad input cleanly: a corpus generated from the
 * contract ({@code openapi.yaml}) by {@link MalformedRequestGenerator}, one case per bad
 * request across every operation, is answered 4xx with {@code application/problem+json}
 * and a {@code code} every time, and leaves every row of the database as it was.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedMalformedCorpusIntegrationTests implements MalformedRequestGenerator.Shop {

	private static final Path CONTRACT = Path.of("..", "openapi.yaml");

	private static final int MINIMUM_CORPUS = 200;

	@LocalServerPort
	int port;

	@Value("${pos.web.max-request-bytes}")
	DataSize maxRequestBytes;

	private final Map<Caller, TestApi> callers = new EnumMap<>(Caller.class);

	private final Map<Caller, String> secrets = new EnumMap<>(Caller.class);

	private final Map<String, UUID> existing = new HashMap<>();

	private final Map<String, UUID> ownedByAnother = new HashMap<>();

	private final Map<String, String> cursors = new HashMap<>();

	private String cashierName;

	private UUID sugar;

	private UUID customer;

	private UUID device;

	private DatabaseFingerprint database;

	private List<String> operations;

	private List<GeneratedRequest> corpus;

	private List<GeneratedRequest> badMutations;

	private Map<String, String> before;

	private Map<String, String> previous;

	@BeforeAll
	void openShopAndGenerate() {
		signIn();
		stockShop();
		MalformedRequestGenerator generator = new MalformedRequestGenerator(
				MalformedRequestGenerator.contract(CONTRACT), this, this.maxRequestBytes.toBytes());
		// Each bad request is its operation's valid request with one fault, so the valid
		// one must succeed: then every refusal below is due to the fault alone.
		for (GeneratedRequest valid : generator.validRequests()) {
			TestApi api = (valid.caller() == Caller.SIGNED_OUT_BROWSER) ? TestApi.browser(this.port)
					: this.callers.get(valid.caller());
			TestResponse response = api.raw(valid.method(), valid.path(), valid.body(), valid.headers());
			assertThat(response.status()).as(valid + " -> " + response).isBetween(200, 299);
		}
		this.corpus = generator.badRequests();
		this.badMutations = generator.badMutations();
		this.operations = generator.operations().stream().map(MalformedRequestGenerator.Operation::label).toList();
		this.database = DatabaseFingerprint.open();
		this.before = this.database.take();
		this.previous = this.before;
	}

	@AfterAll
	void closeDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	Stream<GeneratedRequest> corpus() {
		return this.corpus.stream();
	}

	@Order(1)
	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void shouldAnswerWithProblemAndStoreNothing(GeneratedRequest request) {
		TestResponse response = send(request);
		Map<String, String> after = this.database.take();
		Map<String, String> expected = this.previous;
		this.previous = after;
		String what = request + " -> " + response.status() + " " + response.contentType() + " "
				+ abbreviated(response.body());
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(response.status()).as(what).isBetween(400, 499);
		if (request.status() != 0) {
			softly.assertThat(response.status()).as(what).isEqualTo(request.status());
		}
		softly.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
		String code = code(response);
		softly.assertThat(code).as(what).isNotBlank();
		if (request.code() != null) {
			softly.assertThat(code).as(what).isEqualTo(request.code());
		}
		softly.assertThat(after).as("database after " + request).isEqualTo(expected);
		softly.assertAll();
	}

	@Order(2)
	@Test
	void shouldLeaveTheWholeDatabaseAsItWasAfterTheCorpus() {
		Map<Category, Long> counts = MalformedRequestGenerator.countByCategory(this.corpus);
		StringBuilder report = new StringBuilder("Generated malformed corpus: " + this.corpus.size() + " requests\n");
		counts.forEach((category, count) -> report
			.append("  %-16s %4d  %s%n".formatted(category, count, category.description())));
		Map<String, Long> byOperation = new LinkedHashMap<>();
		this.operations.forEach((operation) -> byOperation.put(operation,
				this.corpus.stream().filter((request) -> request.name().startsWith(operation + " ")).count()));
		LongSummaryStatistics each = byOperation.values().stream().mapToLong(Long::longValue).summaryStatistics();
		report.append("  across %d operations, %d to %d requests each%n".formatted(each.getCount(), each.getMin(),
				each.getMax()));
		System.out.print(report);
		assertThat(this.corpus).hasSizeGreaterThanOrEqualTo(MINIMUM_CORPUS);
		assertThat(counts.keySet()).as(report.toString()).containsExactlyInAnyOrder(Category.values());
		assertThat(byOperation).as("requests by operation")
			.allSatisfy((operation, count) -> assertThat(count).as(operation).isPositive());
		assertThat(this.database.take()).as("database after the whole corpus").isEqualTo(this.before);
	}

	Stream<GeneratedRequest> badMutations() {
		return this.badMutations.stream();
	}

	/**
	 * A bad mutation is rejected alone inside a 200 answer, with the problem a bad body
	 * gets, and stores nothing but the device's visit.
	 */
	@Order(3)
	@ParameterizedTest(name = "{0}")
	@MethodSource("badMutations")
	void shouldRejectBadMutationAloneAndStoreNothing(GeneratedRequest request) {
		Map<String, String> before = withoutDevices(this.database.take());
		TestResponse response = send(request);
		Map<String, String> after = withoutDevices(this.database.take());
		String what = request + " -> " + response.status() + " " + abbreviated(response.body());
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(response.status()).as(what).isEqualTo(200);
		JsonNode result = (response.status() == 200) ? response.json().path("results").path(0) : null;
		if (result != null) {
			softly.assertThat(result.path("status").asString()).as(what).isEqualTo("rejected");
			JsonNode problem = result.path("problem");
			softly.assertThat(problem.path("status").asInt()).as(what).isBetween(400, 499);
			if (request.status() != 0) {
				softly.assertThat(problem.path("status").asInt()).as(what).isEqualTo(request.status());
			}
			softly.assertThat(problem.path("code").asString("")).as(what).isNotBlank();
			if (request.code() != null) {
				softly.assertThat(problem.path("code").asString("")).as(what).isEqualTo(request.code());
			}
		}
		softly.assertThat(after).as("database after " + request).isEqualTo(before);
		softly.assertAll();
	}

	/** The fingerprint without the devices table, which every push writes. */
	private static Map<String, String> withoutDevices(Map<String, String> fingerprint) {
		Map<String, String> rest = new LinkedHashMap<>(fingerprint);
		rest.remove("devices");
		return rest;
	}

	private TestResponse send(GeneratedRequest request) {
		try {
			if (request.chunked()) {
				return chunked(request);
			}
			return this.callers.get(request.caller())
				.raw(request.method(), request.path(), request.body(), request.headers());
		}
		catch (RuntimeException ex) {
			throw new AssertionError(request + " -> no answer: " + ex, ex);
		}
	}

	/** Sends the body without a Content-Length, as a client streaming it would. */
	private TestResponse chunked(GeneratedRequest request) {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + request.path()))
			.header("Authorization", "Bearer " + this.secrets.get(request.caller()))
			.header("Accept", "application/json, application/problem+json")
			.method(request.method(), BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body())));
		request.headers().forEach(builder::header);
		try {
			var response = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.build()
				.send(builder.build(), BodyHandlers.ofString());
			return new TestResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// The shop: realistic records for the corpus to aim at

	private void signIn() {
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		this.cashierName = cashier.username();
		this.secrets.put(Caller.CASHIER, TestUsers.token(this.port, cashier.username(), TestApi.PASSWORD));
		this.secrets.put(Caller.MANAGER,
				TestUsers.token(this.port, TestUsers.create(this.port, "MANAGER").username(), TestApi.PASSWORD));
		this.secrets.put(Caller.ADMIN, TestUsers.token(this.port, TestApi.ADMIN, TestApi.ADMIN_PASSWORD));
		this.secrets.forEach((caller, secret) -> this.callers.put(caller, TestApi.bearer(this.port, secret)));
		this.callers.put(Caller.ANONYMOUS, TestApi.anonymous(this.port));
		this.callers.put(Caller.FORGED_TOKEN, TestApi.bearer(this.port, "bidhaa_forged_0000000000000000"));
		this.callers.put(Caller.SIGNED_OUT_BROWSER, TestApi.browser(this.port));
	}

	private void stockShop() {
		TestApi manager = this.callers.get(Caller.MANAGER);
		TestApi cashier = this.callers.get(Caller.CASHIER);
		this.sugar = ShopFixtures.sugar(manager);
		ShopFixtures.receive(manager, this.sugar, 40);
		UUID rice = ShopFixtures.product(manager, "Rice 5kg", "16500");
		ShopFixtures.receive(manager, rice, 20);
		UUID oil = ShopFixtures.product(manager, "Cooking Oil 1L", "6000");
		expect(manager.post("/api/products/" + oil + "/archive", null), 200);
		this.customer = UUID.randomUUID();
		expect(cashier.put("/api/customers/" + this.customer,
				Map.of("name", "Asha Mrema", "phone", "+255 754 111 222")), 201);
		this.device = UUID.randomUUID();
		expect(cashier.put("/api/sync/devices/" + this.device, Map.of("name", "Till 1", "app_version", "1.4.0")), 200);
		UUID cashiersSale = UUID.fromString(expect(cashier.post("/api/sales", sale()), 201).field("id"));
		UUID managersSale = UUID
			.fromString(expect(manager.post("/api/sales", ShopFixtures.cashSale(rice, 1, "16500")), 201).field("id"));
		this.existing.put("products", rice);
		this.existing.put("customers", this.customer);
		this.existing.put("devices", this.device);
		this.existing.put("sales", cashiersSale);
		this.existing.put("conflicts", priceMismatch(manager));
		this.existing.put("users", TestUsers.create(this.port, "CASHIER").id());
		this.existing.put("tokens", firstToken(cashier));
		this.ownedByAnother.put("sales", managersSale);
		this.ownedByAnother.put("tokens", firstToken(manager));
		for (String collection : List.of("products", "customers", "sales")) {
			this.cursors.put(collection,
					expect(manager.get("/api/" + collection + "/sync?limit=1"), 200).field("cursor"));
		}
	}

	/** A sale at another price than the current one; answers the conflict it left. */
	private UUID priceMismatch(TestApi manager) {
		Map<String, Object> sale = ShopFixtures.cashSale(this.sugar, 1, "3000");
		expect(manager.post("/api/sales/bulk_create", Map.of("sales", List.of(sale))), 200);
		return UUID.fromString(expect(manager.get("/api/sync/conflicts?type=price-mismatch"), 200).json()
			.valueStream()
			.filter((conflict) -> conflict.path("sale_id").asString().equals(sale.get("id").toString()))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString());
	}

	private static UUID firstToken(TestApi api) {
		return UUID.fromString(expect(api.get("/api/auth/tokens"), 200).json().get(0).path("id").asString());
	}

	private static TestResponse expect(TestResponse response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response;
	}

	@Override
	public UUID existing(String collection) {
		UUID id = this.existing.get(collection);
		if (id == null) {
			throw new IllegalStateException("No stored " + collection + " for the corpus: add one to stockShop()");
		}
		return id;
	}

	@Override
	public UUID ownedByAnother(String collection) {
		return this.ownedByAnother.get(collection);
	}

	@Override
	public ObjectNode validBody(String schema) {
		Map<String, Object> body = new LinkedHashMap<>();
		switch (schema) {
			case "ProductRequest" -> {
				body.put("sku", "MAIZE-" + UUID.randomUUID().toString().substring(0, 8));
				body.put("barcode", "620" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)));
				body.put("name", "Maize Flour 2kg");
				body.put("category", "Groceries");
				body.put("unit_price", new BigDecimal("5200"));
			}
			case "StockAdjustmentRequest" -> {
				body.put("id", UUID.randomUUID());
				body.put("delta", 12);
				body.put("reason", "received");
				body.put("note", "Delivery from Bakhresa");
			}
			case "CustomerRequest" -> {
				body.put("name", "Asha Mrema");
				body.put("phone", "+255 754 111 222");
				body.put("email", "asha.mrema@example.co.tz");
				body.put("notes", "Pays by M-Pesa");
			}
			case "SaleRequest" -> body.putAll(sale());
			case "BulkCreateRequest" -> {
				body.put("device_id", this.device);
				body.put("pending", 0);
				body.put("sales", List.of(sale()));
				body.put("health", health());
			}
			case "PushRequest" -> {
				body.put("device_id", this.device);
				body.put("pending", 0);
				// A small mutation, so that 501 of them pass the size limit and meet the
				// batch limit.
				body.put("mutations",
						List.of(Map.of(
								"id", UUID.randomUUID(), "name", "customer.upsert", "args", Map.of("id", this.customer,
										"edited_at", "2026-11-21T09:58:12+03:00", "phone", "+255 754 111 222"),
								"created_at", "2026-11-21T09:58:12+03:00")));
				body.put("health", health());
			}
			case "CustomerUpsertArgs" -> {
				body.put("id", this.customer);
				body.put("edited_at", "2026-11-21T09:58:12+03:00");
				body.put("name", "Asha Mrema");
				body.put("phone", "+255 754 111 222");
				body.put("email", "asha.mrema@example.co.tz");
				body.put("notes", "Pays by M-Pesa");
			}
			case "ProductCreateArgs", "ProductUpdateArgs" -> {
				body.put("id", schema.equals("ProductCreateArgs") ? UUID.randomUUID() : existing("products"));
				if (schema.equals("ProductUpdateArgs")) {
					body.put("base_version", Long.parseLong(etag("products", existing("products")).replace("\"", "")));
				}
				body.put("sku", "MAIZE-" + UUID.randomUUID().toString().substring(0, 8));
				body.put("barcode", "620" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)));
				body.put("name", "Maize Flour 2kg");
				body.put("category", "Groceries");
				body.put("unit_price", new BigDecimal("5200"));
				body.put("low_stock_threshold", new BigDecimal("5"));
			}
			case "ProductRefArgs" -> body.put("id", existing("products"));
			case "StockAdjustArgs" -> {
				body.put("id", UUID.randomUUID());
				body.put("product_id", existing("products"));
				body.put("delta", 12);
				body.put("reason", "received");
				body.put("note", "Delivery from Bakhresa");
			}
			case "RegisterDeviceRequest" -> {
				body.put("name", "Till 1");
				body.put("app_version", "1.4.1");
				body.put("health", health());
			}
			case "DeviceCodeRequest" -> body.put("code", "C" + UUID.randomUUID().toString().substring(0, 6));
			case "ShopRequest" -> {
				body.put("name", "Duka la Mama Asha");
				body.put("address", "Kariakoo, Mtaa wa Congo 14, Dar es Salaam");
				body.put("phone", "+255 22 218 0000");
				body.put("tin", "123-456-789");
				body.put("receipt_footer", "Asante kwa kununua!");
			}
			case "CreateUserRequest" -> {
				body.put("username", "neema-" + UUID.randomUUID().toString().substring(0, 8));
				body.put("display_name", "Neema Kweka");
				body.put("password", "neema-password-1");
				body.put("role", "CASHIER");
			}
			case "UpdateUserRequest" -> body.put("display_name", "Juma Said");
			case "ResetPasswordRequest" -> body.put("password", "juma-password-2");
			case "CreateTokenRequest" -> body.put("name", "Till 2");
			case "LoginRequest" -> {
				body.put("username", this.cashierName);
				body.put("password", TestApi.PASSWORD);
			}
			default ->
				throw new IllegalStateException("No valid " + schema + " for the corpus: add one to validBody()");
		}
		return MalformedRequestGenerator.JSON.valueToTree(body);
	}

	/** A till's report that its data is kept, a tenth full, with one sale waiting. */
	private static Map<String, Object> health() {
		Map<String, Object> health = new LinkedHashMap<>();
		health.put("storage_persisted", true);
		health.put("storage_used_bytes", 52_428_800L);
		health.put("storage_quota_bytes", 524_288_000L);
		health.put("oldest_pending_at", "2026-11-21T09:58:12+03:00");
		health.put("app_version", "1.4.1");
		return health;
	}

	/** A mobile-money sale of a bag of sugar to Asha, with every optional field. */
	private Map<String, Object> sale() {
		Map<String, Object> sale = ShopFixtures.cashSale(this.sugar, 1, "3500");
		sale.put("customer_id", this.customer);
		sale.put("customer_name", "Asha Mrema");
		sale.put("customer_phone", "+255 754 111 222");
		sale.put("payment_method", "mobile_money");
		sale.put("payment_reference", "MP261121.0958.A12345");
		sale.put("amount_tendered", new BigDecimal("3500"));
		sale.put("discount", BigDecimal.ZERO);
		sale.put("total_amount", new BigDecimal("3500"));
		return sale;
	}

	@Override
	public String etag(String collection, UUID id) {
		TestResponse stored = expect(this.callers.get(Caller.MANAGER).get("/api/" + collection + "/" + id), 200);
		return stored.headers().firstValue("ETag").orElseThrow();
	}

	@Override
	public String cursor(String collection) {
		return this.cursors.get(collection);
	}

	private static String code(TestResponse response) {
		try {
			JsonNode json = response.json();
			return (json != null) ? json.path("code").asString("") : "";
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static String abbreviated(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

}
