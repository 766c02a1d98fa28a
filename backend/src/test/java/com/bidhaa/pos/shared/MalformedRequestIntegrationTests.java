package com.bidhaa.pos.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
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

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.shared.ProblemCase.get;
import static com.bidhaa.pos.shared.ProblemCase.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemExceptionHandler}, {@link ProblemErrorController} and
 * {@link RequestSizeLimitFilter}: bad paths, parameters, methods, media types and sizes
 * are answered with a 4xx problem and a stable code, never a 5xx, and store nothing.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class MalformedRequestIntegrationTests {

	private static final String POST = "POST";

	private static final String PUT = "PUT";

	private static final String DELETE = "DELETE";

	private static final String PRODUCTS = "/api/products";

	private static final String SALES = "/api/sales";

	private static final int OVER_LIMIT = 300 * 1024;

	@LocalServerPort
	int port;

	private String token;

	private TestApi manager;

	private UUID sugar;

	private UUID sale;

	@BeforeAll
	void createShop() {
		this.token = TestUsers.token(this.port, TestUsers.create(this.port, "MANAGER").username(), TestApi.PASSWORD);
		this.manager = TestApi.bearer(this.port, this.token);
		this.sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, this.sugar, 40);
		TestResponse sold = this.manager.post(SALES, ShopFixtures.cashSale(this.sugar, 2, "3500"));
		assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
		this.sale = UUID.fromString(sold.field("id"));
	}

	@Test
	void shouldRejectBadPathAndQueryParameters() {
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				get("product id not a UUID", "/api/products/sugar", 400, ProblemTypes.INVALID_PARAMETER),
				get("customer id not a UUID", "/api/customers/12345", 400, ProblemTypes.INVALID_PARAMETER),
				get("sale id not a UUID", "/api/sales/T1-000142", 400, ProblemTypes.INVALID_PARAMETER),
				of("product id not a UUID on a write", POST, "/api/products/sugar/stock_adjustments", adjustment(),
						Map.of(), 400, ProblemTypes.INVALID_PARAMETER),
				of("customer id not a UUID on a write", PUT, "/api/customers/asha", Map.of("name", "Asha Mrema"),
						Map.of(), 400, ProblemTypes.INVALID_PARAMETER),
				get("page -1", "/api/products?page=-1", 400, ProblemTypes.VALIDATION_FAILED).naming("page"),
				get("size 0", "/api/products?size=0", 400, ProblemTypes.VALIDATION_FAILED).naming("size"),
				get("size 100000", "/api/customers?size=100000", 400, ProblemTypes.VALIDATION_FAILED).naming("size"),
				get("page -1 of sales", "/api/sales?page=-1", 400, ProblemTypes.VALIDATION_FAILED).naming("page"),
				get("limit 0", PRODUCTS + "/" + this.sugar + "/stock_movements?limit=0", 400,
						ProblemTypes.VALIDATION_FAILED)
					.naming("limit"),
				get("q of 101 characters", "/api/products?q=" + "a".repeat(101), 400, ProblemTypes.VALIDATION_FAILED)
					.naming("q"),
				get("page not a number", "/api/products?page=first", 400, ProblemTypes.INVALID_PARAMETER),
				get("page beyond an int", "/api/sales?page=99999999999", 400, ProblemTypes.INVALID_PARAMETER),
				get("status bogus", "/api/products?status=bogus", 400, ProblemTypes.INVALID_PARAMETER),
				get("from not a date", "/api/sales?from=notadate", 400, ProblemTypes.INVALID_PARAMETER),
				get("to in month 13", "/api/sales?to=2026-13-01T00:00:00Z", 400, ProblemTypes.INVALID_PARAMETER),
				get("from without offset", "/api/sales?from=2026-11-21T10:00:00", 400, ProblemTypes.INVALID_PARAMETER),
				get("cashier_id not a UUID", "/api/sales?cashier_id=juma", 400, ProblemTypes.INVALID_PARAMETER),
				get("payment method bogus", "/api/sales?payment_method=bitcoin", 400, ProblemTypes.INVALID_PARAMETER),
				get("all not a boolean", "/api/auth/tokens?all=maybe", 400, ProblemTypes.INVALID_PARAMETER),
				of("device id header not a UUID", POST, SALES, ShopFixtures.cashSale(this.sugar, 1, "3500"),
						Map.of("X-Device-Id", "till-1"), 400, ProblemTypes.INVALID_PARAMETER)));
	}

	@Test
	void shouldRejectPathsTheFirewallRefuses() {
		ProblemCase.assertAnsweredStoringNothing(this.manager,
				List.of(get("semicolon in the path", "/api/products;jsessionid=1", 400, ProblemTypes.MALFORMED_REQUEST),
						get("double slash in the path", "/api//products", 400, ProblemTypes.MALFORMED_REQUEST)));
	}

	@Test
	void shouldRejectPathsTomcatRefusesWithProblem() {
		ProblemCase.assertAnsweredStoringNothing(this.manager,
				List.of(get("encoded NUL in the path", "/api/products/%00", 400, ProblemTypes.MALFORMED_REQUEST),
						get("encoded slash in the path", "/api/products/%2F..%2Fusers", 400,
								ProblemTypes.MALFORMED_REQUEST),
						get("encoded backslash in the path", "/api/products%5C..%5Cusers", 400,
								ProblemTypes.MALFORMED_REQUEST)));
	}

	@Test
	void shouldRejectOversizeBodies() {
		String oversize = "{\"sku\": \"RICE-6\", \"name\": \"" + "x".repeat(OVER_LIMIT) + "\", \"unit_price\": 1}";
		byte[] bytes = oversize.getBytes(StandardCharsets.UTF_8);
		ProblemCase.assertAnsweredStoringNothing(this.manager,
				List.of(of("body over the limit with Content-Length", POST, PRODUCTS, bytes, Map.of(), 413,
						ProblemTypes.PAYLOAD_TOO_LARGE),
						of("sale over the limit with Content-Length", POST, SALES, bytes, Map.of(), 413,
								ProblemTypes.PAYLOAD_TOO_LARGE),
						new ProblemCase("body over the limit, chunked", (api) -> chunked(PRODUCTS, bytes), 413,
								ProblemTypes.PAYLOAD_TOO_LARGE, null, ProblemCase.NOTHING_MORE)));
	}

	@Test
	void shouldRejectUnsupportedMediaTypes() {
		String json = "{\"sku\": \"RICE-7\", \"name\": \"Rice 5kg\", \"unit_price\": 16500}";
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				of("text/plain", POST, PRODUCTS, json, Map.of("Content-Type", "text/plain"), 415,
						ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
				of("application/xml", POST, SALES, "<sale/>", Map.of("Content-Type", "application/xml"), 415,
						ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
				of("form", POST, PRODUCTS, "sku=RICE-8", Map.of("Content-Type", "application/x-www-form-urlencoded"),
						415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
				of("unknown charset", POST, PRODUCTS, json, Map.of("Content-Type", "application/json; charset=klingon"),
						415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
				new ProblemCase("no Content-Type",
						(api) -> api.raw(POST, PRODUCTS, json.getBytes(StandardCharsets.UTF_8), Map.of()), 415,
						ProblemTypes.UNSUPPORTED_MEDIA_TYPE, null, ProblemCase.NOTHING_MORE)));
	}

	@Test
	void shouldRejectUnknownPathsAndMethods() {
		UUID unknown = UUID.randomUUID();
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				of("DELETE the product list", DELETE, PRODUCTS, null, Map.of(), 405, ProblemTypes.METHOD_NOT_ALLOWED),
				of("PATCH a product", "PATCH", PRODUCTS + "/" + this.sugar, Map.of("name", "Sugar"), Map.of(), 405,
						ProblemTypes.METHOD_NOT_ALLOWED),
				of("PUT a sale", PUT, SALES + "/" + this.sale, ShopFixtures.cashSale(this.sugar, 1, "3500"), Map.of(),
						405, ProblemTypes.METHOD_NOT_ALLOWED),
				of("DELETE a customer", DELETE, "/api/customers/" + unknown, null, Map.of(), 405,
						ProblemTypes.METHOD_NOT_ALLOWED),
				of("POST to me", POST, "/api/auth/me", Map.of(), Map.of(), 405, ProblemTypes.METHOD_NOT_ALLOWED),
				get("unknown path under /api", "/api/nothing-here", 404, ProblemTypes.NOT_FOUND),
				get("unknown path under a product", PRODUCTS + "/" + this.sugar + "/photos", 404,
						ProblemTypes.NOT_FOUND),
				get("unknown product", PRODUCTS + "/" + unknown, 404, ProblemTypes.NOT_FOUND),
				get("unknown sale", SALES + "/" + unknown, 404, ProblemTypes.NOT_FOUND),
				get("unknown customer", "/api/customers/" + unknown, 404, ProblemTypes.NOT_FOUND),
				get("history of an unknown product", PRODUCTS + "/" + unknown + "/stock_movements", 404,
						ProblemTypes.NOT_FOUND),
				of("adjusting an unknown product", POST, PRODUCTS + "/" + unknown + "/stock_adjustments", adjustment(),
						Map.of(), 404, ProblemTypes.NOT_FOUND),
				of("archiving an unknown product", POST, PRODUCTS + "/" + unknown + "/archive", null, Map.of(), 404,
						ProblemTypes.NOT_FOUND),
				of("revoking an unknown token", DELETE, "/api/auth/tokens/" + unknown, null, Map.of(), 404,
						ProblemTypes.NOT_FOUND)));
	}

	/** A dozen received. */
	private static Map<String, Object> adjustment() {
		return Map.of("id", UUID.randomUUID(), "delta", 12, "reason", "received");
	}

	/**
	 * Posts the body with no Content-Length (chunked), as a client streaming it would.
	 */
	private TestResponse chunked(String path, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.build()
				.send(request, BodyHandlers.ofString());
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

}
