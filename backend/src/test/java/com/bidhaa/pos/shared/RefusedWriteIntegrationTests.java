package com.bidhaa.pos.shared;

import java.math.BigDecimal;
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
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.shared.ProblemCase.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiException} answers: well-formed writes that cannot be stored
 * (unknown references, taken keys, stale versions, reused ids) are refused with a 4xx
 * problem and leave every stored row as it was.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class RefusedWriteIntegrationTests {

	private static final String POST = "POST";

	private static final String PUT = "PUT";

	private static final String PRODUCTS = "/api/products";

	private static final String SALES = "/api/sales";

	@LocalServerPort
	int port;

	private TestApi manager;

	private UUID sugar;

	private JsonNode storedSugar;

	private UUID rice;

	private Map<String, Object> sale;

	private Map<String, Object> adjustment;

	@BeforeAll
	void createShop() {
		this.manager = TestUsers.as(this.port, "MANAGER");
		this.sugar = ShopFixtures.sugar(this.manager);
		this.rice = UUID.randomUUID();
		assertThat(this.manager.post(PRODUCTS, product(this.rice, "RICE-" + this.rice.toString().substring(0, 8)))
			.status()).isEqualTo(201);
		this.adjustment = new LinkedHashMap<>(Map.of("id", UUID.randomUUID(), "delta", 40, "reason", "received"));
		assertThat(this.manager.post(adjustments(this.sugar), this.adjustment).status()).isEqualTo(201);
		this.sale = ShopFixtures.cashSale(this.sugar, 2, "3500");
		assertThat(this.manager.post(SALES, this.sale).status()).isEqualTo(201);
		TestResponse stored = this.manager.get(PRODUCTS + "/" + this.sugar);
		this.storedSugar = stored.json();
	}

	@Test
	void shouldRefuseSalesThatCannotBeRecorded() {
		UUID unknown = UUID.randomUUID();
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(
				of("sale of an unknown product", POST, SALES, ShopFixtures.cashSale(unknown, 1, "3500"), Map.of(), 422,
						ProblemTypes.UNKNOWN_PRODUCT)
					.andThat((softly, problem) -> softly.assertThat(problem.path("product_ids").toString())
						.contains(unknown.toString())),
				of("sale to an unknown customer", POST, SALES, sale("customer_id", unknown), Map.of(), 422,
						ProblemTypes.UNKNOWN_CUSTOMER),
				of("discount above the subtotal", POST, SALES, sale("discount", new BigDecimal("3500.01")), Map.of(),
						422, ProblemTypes.INVALID_SALE),
				of("discount above the subtotal from a new device", POST, SALES,
						sale("discount", new BigDecimal("9999")), Map.of("X-Device-Id", UUID.randomUUID().toString()),
						422, ProblemTypes.INVALID_SALE),
				of("sale id reused with another quantity", POST, SALES,
						replay("items", List.of(ShopFixtures.line(this.sugar, 3, "3500"))), Map.of(), 409,
						ProblemTypes.ID_CONFLICT),
				of("sale id reused with another payment method", POST, SALES, replay("payment_method", "mobile_money"),
						Map.of(), 409, ProblemTypes.ID_CONFLICT)));
	}

	@Test
	void shouldRefuseTakenKeysAndReusedIds() {
		String sugarSku = this.storedSugar.path("sku").asString();
		ProblemCase.assertAnsweredStoringNothing(this.manager,
				List.of(of("product with a taken SKU", POST, PRODUCTS, product(null, sugarSku), Map.of(), 409,
						ProblemTypes.DUPLICATE_SKU),
						of("product with a taken SKU in spaces", POST, PRODUCTS, product(null, "  " + sugarSku + " "),
								Map.of(), 409, ProblemTypes.DUPLICATE_SKU),
						of("product with a taken barcode", POST, PRODUCTS, product(null, "RICE-NEW"), Map.of(), 409,
								ProblemTypes.DUPLICATE_BARCODE),
						of("product id reused for other details", POST, PRODUCTS, product(this.sugar, "SUGAR-NEW"),
								Map.of(), 409, ProblemTypes.ID_CONFLICT),
						of("edit to a taken SKU", PUT, PRODUCTS + "/" + this.rice, product(null, sugarSku),
								Map.of("If-Match", "\"" + version(this.rice) + "\""), 409, ProblemTypes.DUPLICATE_SKU),
						of("adjustment id reused with another delta", POST, adjustments(this.sugar),
								adjustment("delta", 41), Map.of(), 409, ProblemTypes.ID_CONFLICT),
						of("adjustment id reused with another reason", POST, adjustments(this.sugar),
								adjustment("reason", "count"), Map.of(), 409, ProblemTypes.ID_CONFLICT),
						of("adjustment id reused on another product", POST, adjustments(this.rice), this.adjustment,
								Map.of(), 409, ProblemTypes.ID_CONFLICT)));
	}

	@Test
	void shouldRefuseProductEditsWithoutTheCurrentVersion() {
		String path = PRODUCTS + "/" + this.sugar;
		Map<String, Object> edit = Map.of("sku", this.storedSugar.path("sku").asString(), "name", "Sugar 1kg",
				"unit_price", new BigDecimal("3800"));
		ProblemCase.assertAnsweredStoringNothing(this.manager, List.of(of("edit of a stale version", PUT, path, edit,
				Map.of("If-Match", "\"0\""), 412, ProblemTypes.PRECONDITION_FAILED)
			.andThat((softly,
					problem) -> softly.assertThat(problem.path("current")).as("current").isEqualTo(this.storedSugar)),
				of("edit of a version that is not a number", PUT, path, edit, Map.of("If-Match", "W/\"abc\""), 412,
						ProblemTypes.PRECONDITION_FAILED),
				of("edit without If-Match", PUT, path, edit, Map.of(), 428, ProblemTypes.PRECONDITION_REQUIRED),
				of("edit of an unknown product", PUT, PRODUCTS + "/" + UUID.randomUUID(), edit,
						Map.of("If-Match", "\"1\""), 404, ProblemTypes.NOT_FOUND)));
	}

	/** The stored sale's id and content with one field changed. */
	private Map<String, Object> replay(String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(this.sale);
		changed.put(field, value);
		return changed;
	}

	/** A new valid sale of one bag of sugar with one field replaced. */
	private Map<String, Object> sale(String field, Object value) {
		Map<String, Object> sale = ShopFixtures.cashSale(this.sugar, 1, "3500");
		sale.put(field, value);
		return sale;
	}

	/** The stored adjustment's id and content with one field changed. */
	private Map<String, Object> adjustment(String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(this.adjustment);
		changed.put(field, value);
		return changed;
	}

	/** Rice 5kg with barcode 6201234500017 at 16,500 TZS. */
	private static Map<String, Object> product(UUID id, String sku) {
		Map<String, Object> product = new LinkedHashMap<>();
		if (id != null) {
			product.put("id", id);
		}
		product.put("sku", sku);
		product.put("barcode", "6201234500017");
		product.put("name", "Rice 5kg");
		product.put("category", "Groceries");
		product.put("unit_price", new BigDecimal("16500"));
		return product;
	}

	private long version(UUID product) {
		return this.manager.get(PRODUCTS + "/" + product).json().path("version").asLong();
	}

	private static String adjustments(UUID product) {
		return PRODUCTS + "/" + product + "/stock_adjustments";
	}

}
