package com.bidhaa.pos.sync;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.sync.PushFixtures.batch;
import static com.bidhaa.pos.sync.PushFixtures.pushed;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DeviceController}'s one-device state: what a cashier closing a shift
 * checks, that every sale of the till has reached the server.
 */
@IntegrationTest
class DeviceStateIntegrationTests {

	private static final String MORNING = "2026-11-21T08:15:00+03:00";

	private static final String NOON = "2026-11-21T12:00:00+03:00";

	private static final String EVENING = "2026-11-21T19:40:00+03:00";

	@LocalServerPort
	int port;

	TestApi manager;

	TestApi cashier;

	UUID sugar;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
		this.cashier = TestUsers.shared(this.port, "CASHIER");
		this.sugar = ShopFixtures.sugar(this.manager);
		ShopFixtures.receive(this.manager, this.sugar, 100);
	}

	@Test
	void shouldShowCashierTheTillAsTheSyncStatusDoesWithTheSalesTheServerHolds() {
		UUID till = UUID.randomUUID();
		assertThat(
				this.cashier.put("/api/sync/devices/" + till,
						Map.of("name", "Till 3", "app_version", "1.4.2", "health",
								Map.of("storage_persisted", true, "storage_used_bytes", 2_000_000L)))
					.status())
			.isEqualTo(200);
		pushed(this.cashier,
				batch(till, 1,
						List.of(soldAt(tillSale(till, 1, this.sugar, 2, "3500"), MORNING),
								soldAt(tillSale(till, 2, this.sugar, 1, "3500"), NOON),
								soldAt(tillSale(till, 4, this.sugar, 3, "3200"), EVENING))));

		JsonNode state = state(this.cashier, till, "");
		JsonNode inStatus = PushFixtures.till(this.manager, till);

		assertThat(state.path("name").asString()).isEqualTo("Till 3");
		assertThat(state.path("user_name").asString()).isEqualTo("Test CASHIER");
		assertThat(state.path("contiguous_seq").asLong()).isEqualTo(2);
		assertThat(state.path("max_seq").asLong()).isEqualTo(4);
		assertThat(state.path("gaps").valueStream().map(JsonNode::asLong)).containsExactly(3L);
		assertThat(state.path("gap_count").asLong()).isEqualTo(1);
		assertThat(state.path("pending").asInt()).isEqualTo(1);
		assertThat(state.path("health").path("storage_used_bytes").asLong()).isEqualTo(2_000_000L);
		assertThat(state.path("risks").valueStream().map(JsonNode::asString)).containsExactly("sequence-gaps");
		assertThat(state.path("sales_count").asLong()).isEqualTo(3);
		assertThat(state.path("sales_total").decimalValue()).isEqualByComparingTo("20100");
		ObjectNode withoutSales = ((ObjectNode) state.deepCopy());
		withoutSales.remove(List.of("sales_count", "sales_total"));
		assertThat(withoutSales).as("the device as the sync status shows it").isEqualTo(inStatus);
	}

	@Test
	void shouldCountOnlySalesSoldInThePeriodFromInclusiveToExclusive() {
		UUID till = UUID.randomUUID();
		pushed(this.cashier,
				batch(till, 0,
						List.of(soldAt(tillSale(till, 1, this.sugar, 1, "3500"), MORNING),
								soldAt(tillSale(till, 2, this.sugar, 2, "3500"), NOON),
								soldAt(tillSale(till, 3, this.sugar, 4, "3500"), EVENING))));

		JsonNode fromNoon = state(this.manager, till, "?from=" + encoded(NOON));
		JsonNode untilNoon = state(this.manager, till, "?to=" + encoded(NOON));
		JsonNode noonOnly = state(this.manager, till,
				"?from=" + encoded(NOON) + "&to=" + encoded("2026-11-21T13:00:00+03:00"));
		JsonNode laterDay = state(this.manager, till, "?from=2026-11-22T00:00:00%2B03:00");
		JsonNode sinceEver = state(this.manager, till, "?from=1970-01-01T00:00:00Z&to=9999-12-31T23:59:59Z");

		assertSales(fromNoon, 2, "21000");
		assertSales(untilNoon, 1, "3500");
		assertSales(noonOnly, 1, "7000");
		assertSales(laterDay, 0, "0");
		assertSales(sinceEver, 3, "24500");
		assertThat(this.manager.get("/api/sync/devices/" + till + "?from=2026-11-22T00:00:00Z").body())
			.as("money has two decimals")
			.contains("\"sales_count\":0,\"sales_total\":0.00");
	}

	@Test
	void shouldAnswerNotFoundForTillTheServerNeverHeardOf() {
		TestResponse missing = this.cashier.get("/api/sync/devices/" + UUID.randomUUID());

		assertProblem(missing, 404, "not-found");
	}

	@Test
	void shouldRefuseAnInvalidPeriod() {
		UUID till = UUID.randomUUID();
		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 1, this.sugar, 1, "3500"))));
		String path = "/api/sync/devices/" + till;

		for (String query : List.of("from=yesterday", "to=2026-11-21T10:00:00", "from=2026-13-01T00:00:00Z",
				"from=" + encoded(EVENING) + "&to=" + encoded(MORNING), "from=" + encoded("+300000-01-01T00:00:00Z"),
				"to=" + encoded("-0001-01-01T00:00:00Z"), "from=1700000000")) {
			assertProblem(this.cashier.get(path + "?" + query), 400, "invalid-parameter");
		}
	}

	private static JsonNode state(TestApi api, UUID till, String query) {
		TestResponse state = api.get("/api/sync/devices/" + till + query);
		assertThat(state.status()).as(state.toString()).isEqualTo(200);
		return state.json();
	}

	private static Map<String, Object> soldAt(Map<String, Object> sale, String soldAt) {
		sale.put("sold_at", soldAt);
		return sale;
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void assertSales(JsonNode state, long count, String total) {
		assertThat(state.path("sales_count").asLong()).as(state.toString()).isEqualTo(count);
		assertThat(state.path("sales_total").decimalValue()).as(state.toString()).isEqualByComparingTo(total);
	}

	private static void assertProblem(TestResponse answer, int status, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
	}

}
