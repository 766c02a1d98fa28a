package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PullController} against invariant 1 of docs/sync-protocol.md (no
 * missed change) when a transaction that took its version early commits late: transaction
 * A writes the way the application does, over plain JDBC, and stays open while B writes
 * through the API and a device pulls; or an application transaction is held up by a row
 * lock after it took its version.
 */
@IntegrationTest
class PullLateCommitIntegrationTests {

	/** How long B is given to finish while A is open: it must still be waiting. */
	private static final long BLOCKED_MILLIS = 1000;

	/** How ChangeVersions takes a version: B waits here while A holds the counter. */
	private static final String COUNTER_UPDATE = "UPDATE change_versions SET last_version";

	@LocalServerPort
	int port;

	TestApi manager;

	ExecutorService background;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
		this.background = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void tearDown() {
		this.background.shutdownNow();
	}

	@Test
	void shouldDeliverEarlyCreateThatCommitsAfterLaterWriterStarted() throws Exception {
		String before = PullPages.drain(this.manager, "products", null, 50).cursor();
		UUID early;
		UUID late = UUID.randomUUID();
		long earlyVersion;
		Future<TestResponse> writer;
		PullPages.Page during;
		try (Connection a = PostgresTestDatabase.connect()) {
			a.setAutoCommit(false);
			earlyVersion = takeVersion(a);
			early = insertProduct(a, earlyVersion, "Early tea 100g");

			writer = this.background.submit(() -> this.manager.post("/api/products", milk(late)));
			awaitBlockedIn(writer, COUNTER_UPDATE);
			assertStillWaiting(writer);
			during = PullPages.page(this.manager, "products", before, 50);

			a.commit();
		}
		TestResponse created = writer.get(30, TimeUnit.SECONDS);
		PullPages.Drained after = PullPages.drain(this.manager, "products", during.cursor(), 1);

		assertThat(PullPages.ids(during.data())).doesNotContain(early, late);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(after.ids()).containsExactly(early, late);
		assertThat(after.find(early).path("version").asLong()).isEqualTo(earlyVersion);
		assertThat(after.find(early).path("stock_on_hand").decimalValue()).isEqualByComparingTo("0");
		assertThat(after.find(late).path("version").asLong()).isGreaterThan(earlyVersion);
	}

	@Test
	void shouldDeliverEarlyArchiveThatCommitsAfterLaterWriterStarted() throws Exception {
		UUID sugar = ShopFixtures.sugar(this.manager);
		UUID rice = ShopFixtures.product(this.manager, "Rice 5kg", "16000");
		String before = PullPages.drain(this.manager, "products", null, 50).cursor();
		long archivedVersion;
		Future<TestResponse> writer;
		PullPages.Page during;
		try (Connection a = PostgresTestDatabase.connect()) {
			a.setAutoCommit(false);
			archivedVersion = takeVersion(a);
			archive(a, sugar, archivedVersion);

			writer = this.background.submit(() -> this.manager.post("/api/products/" + rice + "/stock_adjustments",
					Map.of("id", UUID.randomUUID(), "delta", 12, "reason", "received")));
			awaitBlockedIn(writer, COUNTER_UPDATE);
			assertStillWaiting(writer);
			during = PullPages.page(this.manager, "products", before, 50);

			a.commit();
		}
		TestResponse received = writer.get(30, TimeUnit.SECONDS);
		PullPages.Drained after = PullPages.drain(this.manager, "products", during.cursor(), 1);

		assertThat(PullPages.ids(during.data())).doesNotContain(sugar, rice);
		assertThat(received.status()).as(received.toString()).isEqualTo(201);
		assertThat(after.ids()).containsExactly(sugar, rice);
		JsonNode tombstone = after.find(sugar);
		assertThat(tombstone.path("deleted").asBoolean()).isTrue();
		assertThat(tombstone.path("version").asLong()).isEqualTo(archivedVersion);
		assertThat(after.find(rice).path("stock_on_hand").decimalValue()).isEqualByComparingTo("12");
		assertThat(after.find(rice).path("deleted").asBoolean()).isFalse();
	}

	@Test
	void shouldDeliverLaterWriteAndNothingOfEarlyTransactionThatRollsBack() throws Exception {
		String before = PullPages.drain(this.manager, "products", null, 50).cursor();
		UUID early;
		UUID late = UUID.randomUUID();
		Future<TestResponse> writer;
		PullPages.Page during;
		try (Connection a = PostgresTestDatabase.connect()) {
			a.setAutoCommit(false);
			early = insertProduct(a, takeVersion(a), "Abandoned tea 100g");

			writer = this.background.submit(() -> this.manager.post("/api/products", milk(late)));
			awaitBlockedIn(writer, COUNTER_UPDATE);
			assertStillWaiting(writer);
			during = PullPages.page(this.manager, "products", before, 50);

			a.rollback();
		}
		TestResponse created = writer.get(30, TimeUnit.SECONDS);
		PullPages.Drained after = PullPages.drain(this.manager, "products", during.cursor(), 1);
		PullPages.Drained snapshot = PullPages.drain(this.manager, "products", null, 500);

		assertThat(PullPages.ids(during.data())).doesNotContain(early, late);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(after.ids()).containsExactly(late);
		assertThat(snapshot.ids()).contains(late).doesNotContain(early);
	}

	@Test
	void shouldDeliverApplicationWriteHeldUpAfterTakingItsVersion() throws Exception {
		UUID sugar = ShopFixtures.sugar(this.manager);
		String before = PullPages.drain(this.manager, "products", null, 50).cursor();
		UUID late = UUID.randomUUID();
		Future<TestResponse> received;
		Future<TestResponse> writer;
		PullPages.Page during;
		try (Connection blocker = PostgresTestDatabase.connect()) {
			blocker.setAutoCommit(false);
			lockStockLevel(blocker, sugar);

			received = this.background.submit(() -> this.manager.post("/api/products/" + sugar + "/stock_adjustments",
					Map.of("id", UUID.randomUUID(), "delta", 5, "reason", "received")));
			awaitBlockedIn(received, "UPDATE stock_levels");
			writer = this.background.submit(() -> this.manager.post("/api/products", milk(late)));
			awaitBlockedIn(writer, COUNTER_UPDATE);
			assertStillWaiting(writer);
			during = PullPages.page(this.manager, "products", before, 50);

			blocker.commit();
		}
		TestResponse adjusted = received.get(30, TimeUnit.SECONDS);
		TestResponse created = writer.get(30, TimeUnit.SECONDS);
		PullPages.Drained after = PullPages.drain(this.manager, "products", during.cursor(), 1);

		assertThat(PullPages.ids(during.data())).doesNotContain(sugar, late);
		assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(after.ids()).containsExactly(sugar, late);
		assertThat(after.find(sugar).path("stock_on_hand").decimalValue()).isEqualByComparingTo("5");
	}

	/**
	 * Waits, in bounded steps, until a session on the test database waits for a lock in a
	 * statement starting with {@code statement}; the request must not finish meanwhile.
	 */
	private static void awaitBlockedIn(Future<TestResponse> request, String statement) throws Exception {
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement waiting = connection.prepareStatement("""
						SELECT count(*) FROM pg_stat_activity
						WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE ?""")) {
			waiting.setString(1, statement + "%");
			for (int i = 0; i < 400; i++) {
				try (ResultSet rows = waiting.executeQuery()) {
					rows.next();
					if (rows.getLong(1) > 0) {
						return;
					}
				}
				assertThatExceptionOfType(TimeoutException.class).as("the request must wait in '%s'", statement)
					.isThrownBy(() -> request.get(50, TimeUnit.MILLISECONDS));
			}
		}
		throw new AssertionError("No session waited for a lock in '" + statement + "' within 20 s");
	}

	private static void assertStillWaiting(Future<TestResponse> writer) {
		assertThatExceptionOfType(TimeoutException.class).as("B must wait for A's hold on the change counter")
			.isThrownBy(() -> writer.get(BLOCKED_MILLIS, TimeUnit.MILLISECONDS));
	}

	/** Bumps the change counter as ChangeVersions does and answers the new version. */
	private static long takeVersion(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			assertThat(
					statement.executeUpdate("UPDATE change_versions SET last_version = last_version + 1 WHERE id = 1"))
				.isEqualTo(1);
			try (ResultSet rows = statement.executeQuery("SELECT last_version FROM change_versions WHERE id = 1")) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Inserts a product and its stock level stamped with this version. */
	private static UUID insertProduct(Connection connection, long version, String name) throws Exception {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try (PreparedStatement product = connection.prepareStatement("""
				INSERT INTO products (id, sku, barcode, name, category, unit_price, archived, version, details_version,
				                      created_at, updated_at)
				VALUES (?, ?, NULL, ?, 'Groceries', ?, false, ?, ?, ?, ?)""");
				PreparedStatement level = connection
					.prepareStatement("INSERT INTO stock_levels (product_id, on_hand, version) VALUES (?, 0, ?)")) {
			product.setObject(1, id);
			product.setString(2, "TEA-" + id.toString().substring(0, 8));
			product.setString(3, name);
			product.setBigDecimal(4, new BigDecimal("1800.00"));
			product.setLong(5, version);
			product.setLong(6, version);
			product.setObject(7, now);
			product.setObject(8, now);
			assertThat(product.executeUpdate()).isEqualTo(1);
			level.setObject(1, id);
			level.setLong(2, version);
			assertThat(level.executeUpdate()).isEqualTo(1);
		}
		return id;
	}

	/** Takes the row lock on a product's stock level, as a slow stock move would. */
	private static void lockStockLevel(Connection connection, UUID productId) throws Exception {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT on_hand FROM stock_levels WHERE product_id = ? FOR UPDATE")) {
			statement.setObject(1, productId);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
			}
		}
	}

	/** Archives a product as ProductService does, stamped with this version. */
	private static void archive(Connection connection, UUID productId, long version) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement("""
				UPDATE products SET archived = true, version = ?, details_version = ?, updated_at = ?
				WHERE id = ?""")) {
			statement.setLong(1, version);
			statement.setLong(2, version);
			statement.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
			statement.setObject(4, productId);
			assertThat(statement.executeUpdate()).isEqualTo(1);
		}
	}

	private static Map<String, Object> milk(UUID id) {
		Map<String, Object> milk = new LinkedHashMap<>();
		milk.put("id", id);
		milk.put("sku", "MILK-" + id.toString().substring(0, 8));
		milk.put("name", "Fresh milk 500ml");
		milk.put("category", "Dairy");
		milk.put("unit_price", new BigDecimal("1300"));
		return milk;
	}

}
