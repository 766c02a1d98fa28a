package com.bidhaa.pos.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.sync.PushFixtures.BULK_CREATE;
import static com.bidhaa.pos.sync.PushFixtures.batch;
import static com.bidhaa.pos.sync.PushFixtures.count;
import static com.bidhaa.pos.sync.PushFixtures.pushed;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the health reports devices send with their pushes and registrations: the
 * server keeps the latest one per device, shows it in the sync status with the risks it
 * sees, and refuses reports no device can mean.
 */
@IntegrationTest
class DeviceHealthIntegrationTests {

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
	void shouldKeepTheLatestReportWholeFromRegistrationsAndPushes() {
		UUID till = UUID.randomUUID();
		Instant waitingSince = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

		TestResponse registered = this.cashier.put("/api/sync/devices/" + till, Map.of("name", "Till 3", "app_version",
				"1.4.2", "health", report(true, 1_048_576L, 104_857_600L, null, "1.4.2")));
		JsonNode afterRegistration = PushFixtures.till(this.manager, till);
		Map<String, Object> partial = new LinkedHashMap<>();
		partial.put("storage_persisted", false);
		partial.put("oldest_pending_at", waitingSince.toString());
		Map<String, Object> push = batch(till, 1, List.of(tillSale(till, 1, this.sugar, 1, "3500")));
		push.put("health", partial);
		pushed(this.cashier, push);
		JsonNode afterPush = PushFixtures.till(this.manager, till);
		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 2, this.sugar, 1, "3500"))));
		JsonNode afterPushWithoutReport = PushFixtures.till(this.manager, till);

		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
		JsonNode first = afterRegistration.path("health");
		assertThat(first.path("storage_persisted").asBoolean()).isTrue();
		assertThat(first.path("storage_used_bytes").asLong()).isEqualTo(1_048_576L);
		assertThat(first.path("storage_quota_bytes").asLong()).isEqualTo(104_857_600L);
		assertThat(first.path("oldest_pending_at").isNull()).isTrue();
		assertThat(first.path("app_version").asString()).isEqualTo("1.4.2");
		assertThat(Instant.parse(first.path("reported_at").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(afterRegistration.path("risks").valueStream()).isEmpty();
		JsonNode second = afterPush.path("health");
		assertThat(second.path("storage_persisted").asBoolean()).isFalse();
		assertThat(second.path("storage_used_bytes").isNull()).as("a report replaces the last one whole").isTrue();
		assertThat(second.path("storage_quota_bytes").isNull()).isTrue();
		assertThat(second.path("app_version").isNull()).isTrue();
		assertThat(Instant.parse(second.path("oldest_pending_at").asString())).isEqualTo(waitingSince);
		assertThat(Instant.parse(second.path("reported_at").asString()))
			.isAfterOrEqualTo(Instant.parse(first.path("reported_at").asString()));
		assertThat(afterPush.path("app_version").asString()).as("the registered version stays").isEqualTo("1.4.2");
		assertThat(afterPushWithoutReport.path("health")).isEqualTo(second);
		assertThat(afterPushWithoutReport.path("pending").asInt()).isZero();
	}

	@Test
	void shouldShowNoReportAndNoRiskForTillThatNeverReported() {
		UUID till = UUID.randomUUID();

		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 1, this.sugar, 1, "3500"))));
		JsonNode shown = PushFixtures.till(this.manager, till);

		assertThat(shown.path("health").isNull()).isTrue();
		assertThat(shown.path("risks").isArray()).isTrue();
		assertThat(shown.path("risks").valueStream()).isEmpty();
	}

	@Test
	void shouldSeeEachRiskOnlyPastItsThreshold() {
		Instant now = Instant.now();

		assertThat(risksAfterReporting(report(false, null, null, null, null))).containsExactly("storage-not-persisted");
		assertThat(risksAfterReporting(report(true, 95L, 100L, null, null))).containsExactly("storage-nearly-full");
		assertThat(risksAfterReporting(report(true, 90L, 100L, null, null))).containsExactly("storage-nearly-full");
		assertThat(risksAfterReporting(report(true, 89L, 100L, null, null))).isEmpty();
		assertThat(risksAfterReporting(report(true, 130_000_000L, 100_000_000L, null, null)))
			.as("browsers estimate: used may exceed quota")
			.containsExactly("storage-nearly-full");
		assertThat(risksAfterReporting(report(true, null, 100L, null, null))).isEmpty();
		assertThat(risksAfterReporting(report(null, null, null, now.minus(61, ChronoUnit.MINUTES), null)))
			.containsExactly("old-pending-sales");
		assertThat(risksAfterReporting(report(null, null, null, now.minus(50, ChronoUnit.MINUTES), null))).isEmpty();
		assertThat(risksAfterReporting(report(false, 99L, 100L, now.minus(3, ChronoUnit.HOURS), "1.4.2")))
			.containsExactly("storage-not-persisted", "storage-nearly-full", "old-pending-sales");
	}

	@Test
	void shouldSeeGapsInTheSaleSequence() {
		UUID till = UUID.randomUUID();

		pushed(this.cashier, batch(till, 0,
				List.of(tillSale(till, 1, this.sugar, 1, "3500"), tillSale(till, 3, this.sugar, 1, "3500"))));
		JsonNode withGap = PushFixtures.till(this.manager, till);
		pushed(this.cashier, batch(till, 0, List.of(tillSale(till, 2, this.sugar, 1, "3500"))));
		JsonNode complete = PushFixtures.till(this.manager, till);

		assertThat(withGap.path("risks").valueStream().map(JsonNode::asString)).containsExactly("sequence-gaps");
		assertThat(complete.path("risks").valueStream()).isEmpty();
	}

	@Test
	void shouldSeeTillNotHeardOfForADay() throws SQLException {
		UUID quiet = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		register(quiet, report(true, null, null, null, null));
		register(recent, report(true, null, null, null, null));

		lastSeen(quiet, Instant.now().minus(25, ChronoUnit.HOURS));
		lastSeen(recent, Instant.now().minus(23, ChronoUnit.HOURS));

		assertThat(PushFixtures.till(this.manager, quiet).path("risks").valueStream().map(JsonNode::asString))
			.containsExactly("not-seen");
		assertThat(PushFixtures.till(this.manager, recent).path("risks").valueStream()).isEmpty();
	}

	@Test
	void shouldRefuseReportsNoDeviceCanMeanAndStoreNothing() {
		UUID till = UUID.randomUUID();
		Map<String, Object> sale = tillSale(till, 1, this.sugar, 1, "3500");
		Map<String, Map<String, Object>> absurd = new LinkedHashMap<>();
		absurd.put("health.storage_used_bytes", report(true, -1L, 100L, null, null));
		absurd.put("health.storage_quota_bytes", report(true, 1L, 2_000_000_000_000_000L, null, null));
		absurd.put("health.oldest_pending_at_plausible",
				report(true, null, null, Instant.parse("1970-01-01T00:00:00Z"), null));
		absurd.put("health.app_version", report(true, null, null, null, "1.4.2-" + "x".repeat(40)));

		absurd.forEach((field, health) -> {
			Map<String, Object> push = batch(till, 0, List.of(sale));
			push.put("health", health);
			assertRefused(this.cashier.post(BULK_CREATE, push), field);
			assertRefused(this.cashier.put("/api/sync/devices/" + till, Map.of("health", health)), field);
		});

		assertThat(count("SELECT count(*) FROM sales WHERE id = ?", UUID.fromString(sale.get("id").toString())))
			.as("a push refused for its report stores none of its sales")
			.isZero();
		assertThat(count("SELECT count(*) FROM devices WHERE id = ?", till)).isZero();
	}

	private List<String> risksAfterReporting(Map<String, Object> health) {
		UUID till = UUID.randomUUID();
		register(till, health);
		return PushFixtures.till(this.manager, till).path("risks").valueStream().map(JsonNode::asString).toList();
	}

	private void register(UUID till, Map<String, Object> health) {
		TestResponse registered = this.cashier.put("/api/sync/devices/" + till, Map.of("health", health));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
	}

	/**
	 * Makes the till look last heard of at this time, as if it had fallen silent since.
	 */
	private static void lastSeen(UUID till, Instant at) throws SQLException {
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement update = connection
					.prepareStatement("UPDATE devices SET last_seen_at = ?, first_seen_at = ? WHERE id = ?")) {
			update.setObject(1, at.atOffset(ZoneOffset.UTC));
			update.setObject(2, at.atOffset(ZoneOffset.UTC));
			update.setObject(3, till);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private static void assertRefused(TestResponse answer, String field) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.code()).as(answer.toString()).isEqualTo("validation-failed");
		assertThat(answer.json().path("errors").valueStream().map((error) -> error.path("field").asString()))
			.as(answer.toString())
			.containsExactly(field);
	}

	/** A health report as a till sends it; null leaves a field unknown. */
	private static Map<String, Object> report(Boolean persisted, Long used, Long quota, Instant oldestPendingAt,
			String appVersion) {
		Map<String, Object> health = new LinkedHashMap<>();
		health.put("storage_persisted", persisted);
		health.put("storage_used_bytes", used);
		health.put("storage_quota_bytes", quota);
		health.put("oldest_pending_at", (oldestPendingAt != null) ? oldestPendingAt.toString() : null);
		health.put("app_version", appVersion);
		return health;
	}

}
