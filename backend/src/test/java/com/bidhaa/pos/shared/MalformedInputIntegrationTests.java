package com.bidhaa.pos.shared;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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

import static com.bidhaa.pos.shared.ProblemCase.invalid;
import static com.bidhaa.pos.shared.ProblemCase.malformed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemExceptionHandler}: request bodies that are not JSON, or hold
 * the wrong types or invalid values, are answered with a 4xx problem and a stable code,
 * never a 5xx, and store nothing.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class MalformedInputIntegrationTests {

	private static final String POST = "POST";

	private static final String PUT = "PUT";

	private static final String PRODUCTS = "/api/products";

	private static final String SALES = "/api/sales";

	private static final BigInteger TWENTY_NINES = new BigInteger("99999999999999999999");

	@LocalServerPort
	int port;

	private TestApi manager;

	private UUID sugar;

	private String adjustments;

	@BeforeAll
	void createShop() {
		this.manager = TestUsers.as(this.port, "MANAGER");
		this.sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, this.sugar, 40);
		TestResponse sold = this.manager.post(SALES, ShopFixtures.cashSale(this.sugar, 2, "3500"));
		assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
		this.adjustments = PRODUCTS + "/" + this.sugar + "/stock_adjustments";
	}

	@Test
	void shouldRejectBrokenJson() {
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				malformed("truncated JSON", POST, PRODUCTS, "{\"sku\": \"RICE-1\", \"name\": \"Rice"),
				malformed("not JSON", POST, SALES, "sale=1&total=3500"), malformed("empty body", POST, SALES, ""),
				malformed("JSON null", POST, SALES, "null"),
				malformed("array for the sale", POST, SALES, List.of(sale())),
				malformed("string for the product", POST, PRODUCTS, "\"Rice 5kg\""),
				malformed("second document after the JSON", POST, PRODUCTS,
						"{\"sku\": \"RICE-2\", \"name\": \"Rice\", \"unit_price\": 1} {\"sku\": \"RICE-3\"}"),
				malformed("single quotes", POST, PRODUCTS, "{'sku': 'RICE-4', 'name': 'Rice', 'unit_price': 1}"),
				malformed("NaN for a price", POST, PRODUCTS,
						"{\"sku\": \"RICE-5\", \"name\": \"Rice\", \"unit_price\": NaN}"),
				malformed("invalid UTF-8", POST, PRODUCTS, utf8WithInvalidByte()),
				malformed("nested 5000 deep", POST, PRODUCTS,
						"{\"name\": " + "[".repeat(5000) + "]".repeat(5000) + "}"),
				malformed("number of 2000 digits", POST, this.adjustments,
						"{\"id\": \"" + UUID.randomUUID() + "\", \"delta\": " + "9".repeat(2000)
								+ ", \"reason\": \"received\"}"),
				malformed("exponent beyond BigDecimal", POST, this.adjustments, "{\"id\": \"" + UUID.randomUUID()
						+ "\", \"delta\": 1e99999999999, \"reason\": \"received\"}")));
	}

	@Test
	void shouldRejectWrongTypes() {
		ProblemCase.assertAnsweredStoringNothing(this.manager,
				List.of(malformed("string for a quantity", POST, SALES, line("quantity", "2")),
						malformed("string for a price", POST, PRODUCTS, product("unit_price", "16500")),
						malformed("array for a name", POST, PRODUCTS, product("name", List.of("Rice"))),
						malformed("object for a name", POST, PRODUCTS, product("name", Map.of("en", "Rice"))),
						malformed("string for archived", POST, PRODUCTS, product("archived", "yes")),
						malformed("object for the items array", POST, SALES, sale("items", Map.of())),
						malformed("string for the items array", POST, SALES, sale("items", "sugar")),
						malformed("device_seq beyond a long", POST, SALES, sale("device_seq", TWENTY_NINES)),
						malformed("number for a sale id", POST, SALES, sale("id", 42)),
						malformed("invalid UUID for a sale id", POST, SALES, sale("id", "not-a-uuid")),
						malformed("invalid UUID for a product id", POST, SALES, line("product_id", "sugar")),
						malformed("invalid UUID for a customer id", POST, SALES, sale("customer_id", "42")),
						malformed("invalid UUID for an adjustment id", POST, this.adjustments, adjustment("id", "abc")),
						malformed("not a date for sold_at", POST, SALES, sale("sold_at", "yesterday")),
						malformed("unknown field", POST, PRODUCTS, product("colour", "white")),
						malformed("unknown field in a line", POST, SALES, line("discount", 100)),
						malformed("unknown payment method", POST, SALES, sale("payment_method", "bitcoin")),
						malformed("payment method as a number", POST, SALES, sale("payment_method", 0)),
						malformed("payment method in capitals", POST, SALES, sale("payment_method", "CASH")),
						malformed("unknown adjustment reason", POST, this.adjustments, adjustment("reason", "stolen")),
						malformed("adjustment reason as a number", POST, this.adjustments, adjustment("reason", 1))));
	}

	@Test
	void shouldRejectInvalidValuesNamingTheField() {
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				invalid("negative quantity", POST, SALES, line("quantity", -1), "items[0].quantity"),
				invalid("zero quantity", POST, SALES, line("quantity", 0), "items[0].quantity"),
				invalid("quantity with four decimals", POST, SALES, line("quantity", new BigDecimal("1.2345")),
						"items[0].quantity"),
				invalid("quantity of 1e400", POST, SALES, line("quantity", new BigDecimal("1e400")),
						"items[0].quantity"),
				invalid("line price of twenty nines", POST, SALES, line("unit_price", TWENTY_NINES),
						"items[0].unit_price"),
				invalid("negative line price", POST, SALES, line("unit_price", -1), "items[0].unit_price"),
				invalid("missing product id", POST, SALES, line("product_id", null), "items[0].product_id"),
				invalid("null line", POST, SALES, sale("items", Arrays.asList((Object) null)), "items[0]"),
				invalid("no items", POST, SALES, sale("items", List.of()), "items"),
				invalid("501 items", POST, SALES, sale("items", Collections.nCopies(501, line())), "items"),
				invalid("missing sale id", POST, SALES, sale("id", null), "id"),
				invalid("missing payment method", POST, SALES, sale("payment_method", null), "payment_method"),
				invalid("empty sale number", POST, SALES, sale("sale_number", ""), "sale_number"),
				invalid("zero device_seq", POST, SALES, sale("device_seq", 0), "device_seq"),
				invalid("negative amount tendered", POST, SALES, sale("amount_tendered", -1), "amount_tendered"),
				invalid("discount of twenty nines", POST, SALES, sale("discount", TWENTY_NINES), "discount"),
				invalid("total with three decimals", POST, SALES, sale("total_amount", new BigDecimal("3500.001")),
						"total_amount"),
				invalid("zero stock adjustment", POST, this.adjustments, adjustment("delta", 0), "delta"),
				invalid("delta with four decimals", POST, this.adjustments,
						adjustment("delta", new BigDecimal("0.0001")), "delta"),
				invalid("delta of 1e400", POST, this.adjustments, adjustment("delta", new BigDecimal("1e400")),
						"delta"),
				invalid("delta of minus twenty nines", POST, this.adjustments,
						adjustment("delta", TWENTY_NINES.negate()), "delta"),
				invalid("missing adjustment id", POST, this.adjustments, adjustment("id", null), "id"),
				invalid("missing reason", POST, this.adjustments, adjustment("reason", null), "reason"),
				invalid("note of 501 characters", POST, this.adjustments, adjustment("note", "x".repeat(501)), "note"),
				invalid("blank product name", POST, PRODUCTS, product("name", "   "), "name"),
				invalid("missing SKU", POST, PRODUCTS, product("sku", null), "sku"),
				invalid("negative price", POST, PRODUCTS, product("unit_price", -1), "unit_price"),
				invalid("price with three decimals", POST, PRODUCTS, product("unit_price", new BigDecimal("16500.005")),
						"unit_price"),
				invalid("price of 1e400", POST, PRODUCTS, product("unit_price", new BigDecimal("1e400")), "unit_price"),
				invalid("blank customer name", PUT, customerPath(), customer("name", ""), "name"),
				invalid("letters in a phone number", PUT, customerPath(), customer("phone", "call me"), "phone"),
				invalid("not an email", PUT, customerPath(), customer("email", "asha at home"), "email"),
				invalid("blank token name", POST, "/api/auth/tokens", Map.of("name", " "), "name")));
	}

	@Test
	void shouldRejectScalarsOfTheWrongKind() {
		ProblemCase.assertAnsweredStoringNothing(this.manager,
				List.of(malformed("number for a name", POST, PRODUCTS, product("name", 42)),
						malformed("boolean for a SKU", POST, PRODUCTS, product("sku", true)),
						malformed("number for a customer name", PUT, customerPath(), customer("name", 7)),
						malformed("fraction for device_seq", POST, SALES, sale("device_seq", new BigDecimal("1.5")))));
	}

	@Test
	void shouldRejectNulCharacters() {
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				malformed("NUL in a product name", POST, PRODUCTS, product("name", "Rice\u0000 5kg")),
				malformed("NUL in a customer name", PUT, customerPath(), customer("name", "Asha\u0000Mrema")),
				malformed("NUL in a walk-in customer's name", POST, SALES, sale("customer_name", "Juma\u0000Said")),
				malformed("NUL in an adjustment note", POST, this.adjustments, adjustment("note", "box\u0000 7")),
				malformed("NUL in a token name", POST, "/api/auth/tokens", Map.of("name", "till\u00003")),
				malformed("NUL in a sign-in name", POST, "/api/auth/login",
						Map.of("username", "ad\u0000min", "password", "admin-password")),
				ProblemCase.get("NUL in a search", "/api/products?q=su%00gar", 400, ProblemTypes.INVALID_PARAMETER)));
	}

	@Test
	void shouldRejectLineTotalTooLargeToStore() {
		Map<String, Object> sale = ShopFixtures.sale(UUID.randomUUID(),
				List.of(ShopFixtures.line(this.sugar, 1000000, "999999999999.99")));
		ProblemCase.assertAnsweredStoringNothing(this.manager, List
			.of(ProblemCase.of("line total of 10^18", POST, SALES, sale, Map.of(), 422, ProblemTypes.INVALID_SALE)));
	}

	/** A valid cash sale of one bag of sugar. */
	private Map<String, Object> sale() {
		return ShopFixtures.cashSale(this.sugar, 1, "3500");
	}

	/** A valid sale with one field replaced. */
	private Map<String, Object> sale(String field, Object value) {
		Map<String, Object> sale = sale();
		sale.put(field, value);
		return sale;
	}

	/** A valid sale whose only line has one field replaced. */
	private Map<String, Object> line(String field, Object value) {
		Map<String, Object> line = line();
		line.put(field, value);
		return ShopFixtures.sale(UUID.randomUUID(), List.of(line));
	}

	private Map<String, Object> line() {
		return ShopFixtures.line(this.sugar, 1, "3500");
	}

	/** A valid new product with one field replaced. */
	private static Map<String, Object> product(String field, Object value) {
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("sku", "RICE-" + UUID.randomUUID().toString().substring(0, 8));
		product.put("name", "Rice 5kg");
		product.put("category", "Groceries");
		product.put("unit_price", new BigDecimal("16500"));
		product.put(field, value);
		return product;
	}

	/** A valid adjustment of a dozen received with one field replaced. */
	private static Map<String, Object> adjustment(String field, Object value) {
		Map<String, Object> adjustment = new LinkedHashMap<>();
		adjustment.put("id", UUID.randomUUID());
		adjustment.put("delta", 12);
		adjustment.put("reason", "received");
		adjustment.put(field, value);
		return adjustment;
	}

	/** A valid customer with one field replaced. */
	private static Map<String, Object> customer(String field, Object value) {
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("name", "Asha Mrema");
		customer.put("phone", "+255 754 111 222");
		customer.put(field, value);
		return customer;
	}

	private static String customerPath() {
		return "/api/customers/" + UUID.randomUUID();
	}

	/** A product whose name holds 0xC3 followed by a byte that cannot continue it. */
	private static byte[] utf8WithInvalidByte() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("{\"sku\": \"RICE-9\", \"name\": \"Rice ".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xC3);
		bytes.writeBytes("(\", \"unit_price\": 1}".getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

}
