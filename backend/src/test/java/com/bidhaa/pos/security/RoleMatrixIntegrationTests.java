package com.bidhaa.pos.security;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SecurityConfiguration}: every endpoint against every role, by bearer
 * token. An allowed cell sends a valid request and must succeed, so it proves the role
 * can really do it.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class RoleMatrixIntegrationTests {

	@LocalServerPort
	int port;

	private final Map<String, Caller> callers = new HashMap<>();

	private TestApi admin;

	private UUID product;

	private UUID customer;

	private UUID otherCashier;

	private UUID otherCashiersSale;

	private UUID user;

	private UUID conflict;

	private UUID device;

	@BeforeAll
	void createShopAndCallers() {
		this.admin = TestUsers.admin(this.port);
		this.product = ShopFixtures.sugar(this.admin);
		ShopFixtures.receive(this.admin, this.product, 500);
		this.customer = UUID.randomUUID();
		assertThat(this.admin.put("/api/customers/" + this.customer, Map.of("name", "Asha Mrema")).status())
			.isEqualTo(201);
		for (String role : new String[] { "ADMIN", "MANAGER", "CASHIER" }) {
			this.callers.put(role, caller(role));
		}
		Caller other = caller("CASHIER");
		this.otherCashier = other.id();
		this.otherCashiersSale = other.ownSale();
		this.user = TestUsers.create(this.port, "CASHIER").id();
		this.conflict = priceMismatch();
		this.device = UUID.randomUUID();
		assertThat(this.admin.put("/api/sync/devices/" + this.device, Map.of("name", "Till 1")).status())
			.isEqualTo(200);
	}

	/**
	 * Records a sale at another price than the current one and answers the conflict it
	 * left.
	 */
	private UUID priceMismatch() {
		TestResponse pushed = this.admin.post("/api/sales/bulk_create",
				Map.of("sales", List.of(ShopFixtures.cashSale(this.product, 1, "3000"))));
		assertThat(pushed.json().path("results").get(0).path("conflicts").get(0).path("type").asString())
			.isEqualTo("price-mismatch");
		String saleId = pushed.json().path("results").get(0).path("id").asString();
		return UUID.fromString(this.admin.get("/api/sync/conflicts?type=price-mismatch")
			.json()
			.valueStream()
			.filter((conflict) -> conflict.path("sale_id").asString().equals(saleId))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString());
	}

	@ParameterizedTest(name = "{0} {1} as {2}: {3}")
	@CsvSource(textBlock = """
			GET,    /api/products,                                ADMIN,   ALLOWED
			GET,    /api/products,                                MANAGER, ALLOWED
			GET,    /api/products,                                CASHIER, ALLOWED
			POST,   /api/products,                                ADMIN,   ALLOWED
			POST,   /api/products,                                MANAGER, ALLOWED
			POST,   /api/products,                                CASHIER, FORBIDDEN
			GET,    /api/products/{product},                      ADMIN,   ALLOWED
			GET,    /api/products/{product},                      MANAGER, ALLOWED
			GET,    /api/products/{product},                      CASHIER, ALLOWED
			PUT,    /api/products/{product},                      ADMIN,   ALLOWED
			PUT,    /api/products/{product},                      MANAGER, ALLOWED
			PUT,    /api/products/{product},                      CASHIER, FORBIDDEN
			POST,   /api/products/{product}/archive,              ADMIN,   ALLOWED
			POST,   /api/products/{product}/archive,              MANAGER, ALLOWED
			POST,   /api/products/{product}/archive,              CASHIER, FORBIDDEN
			POST,   /api/products/{product}/restore,              ADMIN,   ALLOWED
			POST,   /api/products/{product}/restore,              MANAGER, ALLOWED
			POST,   /api/products/{product}/restore,              CASHIER, FORBIDDEN
			POST,   /api/products/{product}/stock_adjustments,    ADMIN,   ALLOWED
			POST,   /api/products/{product}/stock_adjustments,    MANAGER, ALLOWED
			POST,   /api/products/{product}/stock_adjustments,    CASHIER, FORBIDDEN
			GET,    /api/products/{product}/stock_movements,      ADMIN,   ALLOWED
			GET,    /api/products/{product}/stock_movements,      MANAGER, ALLOWED
			GET,    /api/products/{product}/stock_movements,      CASHIER, ALLOWED
			GET,    /api/products/sync,                           ADMIN,   ALLOWED
			GET,    /api/products/sync,                           MANAGER, ALLOWED
			GET,    /api/products/sync,                           CASHIER, ALLOWED
			GET,    /api/customers/sync,                          ADMIN,   ALLOWED
			GET,    /api/customers/sync,                          MANAGER, ALLOWED
			GET,    /api/customers/sync,                          CASHIER, ALLOWED
			GET,    /api/sales/sync,                              ADMIN,   ALLOWED
			GET,    /api/sales/sync,                              MANAGER, ALLOWED
			GET,    /api/sales/sync,                              CASHIER, ALLOWED
			POST,   /api/sales/bulk_create,                       ADMIN,   ALLOWED
			POST,   /api/sales/bulk_create,                       MANAGER, ALLOWED
			POST,   /api/sales/bulk_create,                       CASHIER, ALLOWED
			POST,   /api/sync/push,                               ADMIN,   ALLOWED
			POST,   /api/sync/push,                               MANAGER, ALLOWED
			POST,   /api/sync/push,                               CASHIER, ALLOWED
			PUT,    /api/sync/devices/{new-id},                   ADMIN,   ALLOWED
			PUT,    /api/sync/devices/{new-id},                   MANAGER, ALLOWED
			PUT,    /api/sync/devices/{new-id},                   CASHIER, ALLOWED
			GET,    /api/sync/devices/{device},                   ADMIN,   ALLOWED
			GET,    /api/sync/devices/{device},                   MANAGER, ALLOWED
			GET,    /api/sync/devices/{device},                   CASHIER, ALLOWED
			PUT,    /api/sync/devices/{device}/code,              ADMIN,   ALLOWED
			PUT,    /api/sync/devices/{device}/code,              MANAGER, ALLOWED
			PUT,    /api/sync/devices/{device}/code,              CASHIER, FORBIDDEN
			GET,    /api/sync/status,                             ADMIN,   ALLOWED
			GET,    /api/sync/status,                             MANAGER, ALLOWED
			GET,    /api/sync/status,                             CASHIER, FORBIDDEN
			GET,    /api/sync/conflicts,                          ADMIN,   ALLOWED
			GET,    /api/sync/conflicts,                          MANAGER, ALLOWED
			GET,    /api/sync/conflicts,                          CASHIER, FORBIDDEN
			POST,   /api/sync/conflicts/{conflict}/resolve,       ADMIN,   ALLOWED
			POST,   /api/sync/conflicts/{conflict}/resolve,       MANAGER, ALLOWED
			POST,   /api/sync/conflicts/{conflict}/resolve,       CASHIER, FORBIDDEN
			GET,    /api/shop,                                    ADMIN,   ALLOWED
			GET,    /api/shop,                                    MANAGER, ALLOWED
			GET,    /api/shop,                                    CASHIER, ALLOWED
			PUT,    /api/shop,                                    ADMIN,   ALLOWED
			PUT,    /api/shop,                                    MANAGER, ALLOWED
			PUT,    /api/shop,                                    CASHIER, FORBIDDEN
			GET,    /api/customers,                               ADMIN,   ALLOWED
			GET,    /api/customers,                               MANAGER, ALLOWED
			GET,    /api/customers,                               CASHIER, ALLOWED
			GET,    /api/customers/{customer},                    ADMIN,   ALLOWED
			GET,    /api/customers/{customer},                    MANAGER, ALLOWED
			GET,    /api/customers/{customer},                    CASHIER, ALLOWED
			PUT,    /api/customers/{new-id},                      ADMIN,   ALLOWED
			PUT,    /api/customers/{new-id},                      MANAGER, ALLOWED
			PUT,    /api/customers/{new-id},                      CASHIER, ALLOWED
			GET,    /api/sales,                                   ADMIN,   ALLOWED
			GET,    /api/sales,                                   MANAGER, ALLOWED
			GET,    /api/sales,                                   CASHIER, ALLOWED
			POST,   /api/sales,                                   ADMIN,   ALLOWED
			POST,   /api/sales,                                   MANAGER, ALLOWED
			POST,   /api/sales,                                   CASHIER, ALLOWED
			GET,    /api/sales/{own-sale},                        ADMIN,   ALLOWED
			GET,    /api/sales/{own-sale},                        MANAGER, ALLOWED
			GET,    /api/sales/{own-sale},                        CASHIER, ALLOWED
			GET,    /api/sales/{other-cashiers-sale},             ADMIN,   ALLOWED
			GET,    /api/sales/{other-cashiers-sale},             MANAGER, ALLOWED
			GET,    /api/sales/{other-cashiers-sale},             CASHIER, FORBIDDEN
			GET,    /api/users,                                   ADMIN,   ALLOWED
			GET,    /api/users,                                   MANAGER, FORBIDDEN
			GET,    /api/users,                                   CASHIER, FORBIDDEN
			POST,   /api/users,                                   ADMIN,   ALLOWED
			POST,   /api/users,                                   MANAGER, FORBIDDEN
			POST,   /api/users,                                   CASHIER, FORBIDDEN
			GET,    /api/users/{user},                            ADMIN,   ALLOWED
			GET,    /api/users/{user},                            MANAGER, FORBIDDEN
			GET,    /api/users/{user},                            CASHIER, FORBIDDEN
			PATCH,  /api/users/{user},                            ADMIN,   ALLOWED
			PATCH,  /api/users/{user},                            MANAGER, FORBIDDEN
			PATCH,  /api/users/{user},                            CASHIER, FORBIDDEN
			PUT,    /api/users/{user}/password,                   ADMIN,   ALLOWED
			PUT,    /api/users/{user}/password,                   MANAGER, FORBIDDEN
			PUT,    /api/users/{user}/password,                   CASHIER, FORBIDDEN
			GET,    /api/auth/me,                                 ADMIN,   ALLOWED
			GET,    /api/auth/me,                                 MANAGER, ALLOWED
			GET,    /api/auth/me,                                 CASHIER, ALLOWED
			GET,    /api/auth/tokens,                             ADMIN,   ALLOWED
			GET,    /api/auth/tokens,                             MANAGER, ALLOWED
			GET,    /api/auth/tokens,                             CASHIER, ALLOWED
			POST,   /api/auth/tokens,                             ADMIN,   ALLOWED
			POST,   /api/auth/tokens,                             MANAGER, ALLOWED
			POST,   /api/auth/tokens,                             CASHIER, ALLOWED
			DELETE, /api/auth/tokens/{own-token},                 ADMIN,   ALLOWED
			DELETE, /api/auth/tokens/{own-token},                 MANAGER, ALLOWED
			DELETE, /api/auth/tokens/{own-token},                 CASHIER, ALLOWED
			GET,    /actuator/health,                             ADMIN,   ALLOWED
			GET,    /actuator/health,                             MANAGER, ALLOWED
			GET,    /actuator/health,                             CASHIER, ALLOWED
			GET,    /actuator/prometheus,                         ADMIN,   ALLOWED
			GET,    /actuator/prometheus,                         MANAGER, FORBIDDEN
			GET,    /actuator/prometheus,                         CASHIER, FORBIDDEN
			GET,    /actuator/metrics,                            ADMIN,   ALLOWED
			GET,    /actuator/metrics,                            MANAGER, FORBIDDEN
			GET,    /actuator/metrics,                            CASHIER, FORBIDDEN
			GET,    /actuator/info,                               ADMIN,   ALLOWED
			GET,    /actuator/info,                               MANAGER, FORBIDDEN
			GET,    /actuator/info,                               CASHIER, FORBIDDEN
			""")
	void shouldAllowEachRoleOnlyItsEndpoints(String method, String path, String role, Access expected) {
		Caller caller = this.callers.get(role);

		TestResponse response = send(caller.api(), method, path, resolve(path, caller));

		if (expected == Access.ALLOWED) {
			assertThat(response.status()).as(response.toString()).isBetween(200, 299);
		}
		else {
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.code()).isEqualTo("forbidden");
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(textBlock = """
			GET,    /api/products
			POST,   /api/products
			GET,    /api/products/{product}
			PUT,    /api/products/{product}
			POST,   /api/products/{product}/archive
			POST,   /api/products/{product}/restore
			POST,   /api/products/{product}/stock_adjustments
			GET,    /api/products/{product}/stock_movements
			GET,    /api/products/sync
			GET,    /api/customers/sync
			GET,    /api/sales/sync
			POST,   /api/sales/bulk_create
			POST,   /api/sync/push
			PUT,    /api/sync/devices/{new-id}
			GET,    /api/sync/devices/{device}
			PUT,    /api/sync/devices/{device}/code
			GET,    /api/sync/status
			GET,    /api/sync/conflicts
			POST,   /api/sync/conflicts/{conflict}/resolve
			GET,    /api/shop
			PUT,    /api/shop
			GET,    /api/customers
			GET,    /api/customers/{customer}
			PUT,    /api/customers/{new-id}
			GET,    /api/sales
			POST,   /api/sales
			GET,    /api/sales/{other-cashiers-sale}
			GET,    /api/users
			POST,   /api/users
			GET,    /api/users/{user}
			PATCH,  /api/users/{user}
			PUT,    /api/users/{user}/password
			GET,    /api/auth/me
			GET,    /api/auth/tokens
			POST,   /api/auth/tokens
			DELETE, /api/auth/tokens/{new-id}
			GET,    /actuator/prometheus
			GET,    /actuator/metrics
			GET,    /actuator/info
			""")
	void shouldAnswerUnauthenticatedToAnonymousCaller(String method, String path) {
		// A signed-out browser sends the CSRF header, so only the missing sign-in can
		// refuse it.
		TestApi signedOut = TestApi.browser(this.port);

		TestResponse response = send(signedOut, method, path, resolve(path, null));

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo("unauthenticated");
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@CsvSource(textBlock = """
			sale.record,     ADMIN,   ALLOWED
			sale.record,     MANAGER, ALLOWED
			sale.record,     CASHIER, ALLOWED
			customer.upsert, ADMIN,   ALLOWED
			customer.upsert, MANAGER, ALLOWED
			customer.upsert, CASHIER, ALLOWED
			product.create,  ADMIN,   ALLOWED
			product.create,  MANAGER, ALLOWED
			product.create,  CASHIER, FORBIDDEN
			product.update,  ADMIN,   ALLOWED
			product.update,  MANAGER, ALLOWED
			product.update,  CASHIER, FORBIDDEN
			product.archive, ADMIN,   ALLOWED
			product.archive, MANAGER, ALLOWED
			product.archive, CASHIER, FORBIDDEN
			product.restore, ADMIN,   ALLOWED
			product.restore, MANAGER, ALLOWED
			product.restore, CASHIER, FORBIDDEN
			stock.adjust,    ADMIN,   ALLOWED
			stock.adjust,    MANAGER, ALLOWED
			stock.adjust,    CASHIER, FORBIDDEN
			""")
	void shouldAllowEachRoleOnlyItsMutations(String name, String role, Access expected) {
		TestResponse response = this.callers.get(role).api().post("/api/sync/push", push(validMutation(name)));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode result = response.json().path("results").get(0);
		if (expected == Access.ALLOWED) {
			assertThat(result.path("status").asString()).as(result.toString()).isIn("applied", "duplicate");
		}
		else {
			assertThat(result.path("status").asString()).as(result.toString()).isEqualTo("rejected");
			assertThat(result.path("problem").path("status").asInt()).isEqualTo(403);
			assertThat(result.path("problem").path("code").asString()).isEqualTo("forbidden");
		}
	}

	/** A mutation of this kind that the role allowed to send it can apply. */
	private Map<String, Object> validMutation(String name) {
		JsonNode current = this.admin.get("/api/products/" + this.product).json();
		Map<String, Object> product = new HashMap<>(Map.of("sku", current.path("sku").asString(), "name", "Sugar 1kg",
				"category", "Groceries", "unit_price", current.path("unit_price").decimalValue()));
		return switch (name) {
			case "sale.record" -> mutation(name, ShopFixtures.cashSale(this.product, 1, "3500"));
			case "customer.upsert" -> mutation(name,
					Map.of("id", this.customer, "edited_at", "2026-12-08T09:00:00+03:00", "phone", "+255 754 000 111"));
			case "product.create" -> mutation(name,
					Map.of("id", UUID.randomUUID(), "sku", "RICE-" + UUID.randomUUID().toString().substring(0, 8),
							"name", "Rice 5kg", "unit_price", new BigDecimal("16500")));
			case "product.update" -> {
				product.put("id", this.product);
				product.put("base_version", current.path("version").asLong());
				yield mutation(name, product);
			}
			case "stock.adjust" -> mutation(name,
					Map.of("id", UUID.randomUUID(), "product_id", this.product, "delta", 3, "reason", "received"));
			default -> mutation(name, Map.of("id", this.product));
		};
	}

	private static Map<String, Object> mutation(String name, Map<String, Object> args) {
		return Map.of("id", UUID.randomUUID(), "name", name, "args", args);
	}

	private Map<String, Object> push(Map<String, Object> mutation) {
		return Map.of("device_id", this.device, "pending", 0, "mutations", List.of(mutation));
	}

	@Test
	void shouldAnswerUnauthenticatedToWriteWithoutAnyCredentials() {
		TestResponse response = TestApi.anonymous(this.port)
			.post("/api/sales", ShopFixtures.cashSale(this.product, 1, "3500"));

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.code()).isEqualTo("unauthenticated");
	}

	@Test
	void shouldAnswerHealthToAnonymousCaller() {
		TestResponse health = TestApi.anonymous(this.port).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.field("status")).isEqualTo("UP");
	}

	@Test
	void shouldListOnlyCashiersOwnSales() {
		Caller cashier = this.callers.get("CASHIER");

		TestResponse all = cashier.api().get("/api/sales?size=500");
		TestResponse othersAskedFor = cashier.api().get("/api/sales?size=500&cashier_id=" + this.otherCashier);

		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().path("data").valueStream().map((sale) -> sale.path("id").asString()))
			.contains(cashier.ownSale().toString())
			.doesNotContain(this.otherCashiersSale.toString());
		assertThat(all.json().path("data").valueStream().map((sale) -> sale.path("cashier_id").asString()))
			.containsOnly(cashier.id().toString());
		assertThat(othersAskedFor.status()).isEqualTo(200);
		assertThat(othersAskedFor.json().path("data").valueStream().map((sale) -> sale.path("cashier_id").asString()))
			.containsOnly(cashier.id().toString());
		TestApi manager = this.callers.get("MANAGER").api();
		assertThat(manager.get("/api/sales?size=500&cashier_id=" + cashier.id()).json().path("data").valueStream())
			.map((sale) -> sale.path("id").asString())
			.contains(cashier.ownSale().toString());
		assertThat(manager.get("/api/sales?size=500&cashier_id=" + this.otherCashier).json().path("data").valueStream())
			.map((sale) -> sale.path("id").asString())
			.contains(this.otherCashiersSale.toString());
	}

	/**
	 * A user with this role, its token client and a sale it rang up. The admin is the
	 * first admin, which must stay the only enabled one (the last-admin guard is tested
	 * on it).
	 */
	private Caller caller(String role) {
		TestApi api;
		UUID id;
		if (role.equals("ADMIN")) {
			api = TestUsers.admin(this.port);
			id = UUID.fromString(api.get("/api/auth/me").field("id"));
		}
		else {
			TestUsers.User user = TestUsers.create(this.port, role);
			api = TestUsers.tokenClient(this.port, user.username(), TestApi.PASSWORD);
			id = user.id();
		}
		TestResponse sale = api.post("/api/sales", ShopFixtures.cashSale(this.product, 1, "3500"));
		assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
		return new Caller(role, api, id, UUID.fromString(sale.field("id")));
	}

	private String resolve(String path, Caller caller) {
		String resolved = path.replace("{product}", this.product.toString())
			.replace("{customer}", this.customer.toString())
			.replace("{other-cashiers-sale}", this.otherCashiersSale.toString())
			.replace("{user}", this.user.toString())
			.replace("{conflict}", this.conflict.toString())
			.replace("{device}", this.device.toString())
			.replace("{new-id}", UUID.randomUUID().toString());
		if (caller != null) {
			resolved = resolved.replace("{own-sale}", caller.ownSale().toString());
			if (resolved.contains("{own-token}")) {
				TestResponse token = caller.api().post("/api/auth/tokens", Map.of("name", "spare " + caller.role()));
				assertThat(token.status()).as(token.toString()).isEqualTo(201);
				resolved = resolved.replace("{own-token}", token.field("id"));
			}
		}
		return resolved;
	}

	/** Sends a valid request to the endpoint, so that an allowed role succeeds. */
	private TestResponse send(TestApi api, String method, String template, String path) {
		return switch (method + " " + template) {
			case "POST /api/products" ->
				api.post(path, Map.of("sku", "RICE-" + UUID.randomUUID().toString().substring(0, 8), "name", "Rice 5kg",
						"category", "Groceries", "unit_price", new BigDecimal("16500")));
			case "PUT /api/products/{product}" -> updateProduct(api, path);
			case "POST /api/products/{product}/stock_adjustments" ->
				api.post(path, Map.of("id", UUID.randomUUID(), "delta", 12, "reason", "received"));
			case "PUT /api/customers/{new-id}" ->
				api.put(path, Map.of("name", "Neema Mushi", "phone", "+255 754 111 222"));
			case "POST /api/sales" -> api.post(path, ShopFixtures.cashSale(this.product, 1, "3500"));
			case "POST /api/sync/push" ->
				api.post(path, push(mutation("sale.record", ShopFixtures.cashSale(this.product, 1, "3500"))));
			case "POST /api/sales/bulk_create" ->
				api.post(path, Map.of("pending", 0, "sales", List.of(ShopFixtures.cashSale(this.product, 1, "3500"))));
			case "PUT /api/shop" ->
				api.put(path, Map.of("name", "Duka la Mama Asha", "receipt_footer", "Asante kwa kununua!"));
			case "PUT /api/sync/devices/{new-id}" -> api.put(path, Map.of("name", "Till 2", "app_version", "1.0.0"));
			case "PUT /api/sync/devices/{device}/code" ->
				api.put(path, Map.of("code", "R" + UUID.randomUUID().toString().substring(0, 6)));
			case "POST /api/users" ->
				api.post(path, Map.of("username", "juma-" + UUID.randomUUID().toString().substring(0, 8),
						"display_name", "Juma Said", "password", TestApi.PASSWORD, "role", "CASHIER"));
			case "PATCH /api/users/{user}" -> api.patch(path, Map.of("display_name", "Baraka Mollel"));
			case "PUT /api/users/{user}/password" -> api.put(path, Map.of("password", "new-password-456"));
			case "POST /api/auth/tokens" -> api.post(path, Map.of("name", "back office laptop"));
			case "GET /actuator/prometheus" -> api.send("GET", path, null, Map.of("Accept", "text/plain"));
			default -> api.send(method, path, null, Map.of());
		};
	}

	/** Renames the product, sending the version just read as If-Match. */
	private TestResponse updateProduct(TestApi api, String path) {
		JsonNode current = this.admin.get(path).json();
		return api.send("PUT", path,
				Map.of("sku", current.path("sku").asString(), "name", "Sugar 1kg bag", "category", "Groceries",
						"unit_price", current.path("unit_price").decimalValue()),
				Map.of("If-Match", "\"" + current.path("version").asLong() + "\""));
	}

	/** What a role may do at an endpoint. */
	enum Access {

		ALLOWED, FORBIDDEN

	}

	/**
	 * A user of one role.
	 *
	 * @param role the role
	 * @param api the user's token client
	 * @param id the user's id
	 * @param ownSale a sale the user rang up
	 */
	record Caller(String role, TestApi api, UUID id, UUID ownSale) {
	}

}
