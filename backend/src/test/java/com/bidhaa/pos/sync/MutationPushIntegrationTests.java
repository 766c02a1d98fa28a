package com.bidhaa.pos.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.bidhaa.pos.sync.MutationFixtures.PUSH;
import static com.bidhaa.pos.sync.MutationFixtures.customerUpsert;
import static com.bidhaa.pos.sync.MutationFixtures.mutation;
import static com.bidhaa.pos.sync.MutationFixtures.productCreate;
import static com.bidhaa.pos.sync.MutationFixtures.productRef;
import static com.bidhaa.pos.sync.MutationFixtures.productUpdate;
import static com.bidhaa.pos.sync.MutationFixtures.pushed;
import static com.bidhaa.pos.sync.MutationFixtures.request;
import static com.bidhaa.pos.sync.MutationFixtures.result;
import static com.bidhaa.pos.sync.MutationFixtures.saleRecord;
import static com.bidhaa.pos.sync.MutationFixtures.statuses;
import static com.bidhaa.pos.sync.MutationFixtures.stockAdjust;
import static com.bidhaa.pos.sync.PushFixtures.count;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PushController}'s POST /api/sync/push: every mutation kind is applied
 * once by its module, answered duplicate when sent again (in one request, across
 * requests, from several threads at once), rejected alone with a stable code, allowed per
 * role; and the device's bookkeeping is written once per request.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class MutationPushIntegrationTests {

	@LocalServerPort
	int port;

	private TestApi manager;

	private TestApi cashier;

	@BeforeAll
	void signIn() {
		this.manager = TestUsers.as(this.port, "MANAGER");
		this.cashier = TestUsers.as(this.port, "CASHIER");
	}

	@Test
	void shouldApplyEveryKindOnceAndAnswerItsReplayAsDuplicate() {
		UUID till = UUID.randomUUID();
		UUID product = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		Map<String, Object> create = productCreate(product, "Sugar 1kg", "3500");
		JsonNode created = pushed(this.manager, till, List.of(create));
		assertThat(statuses(created)).containsExactly("applied");
		assertThat(result(created, 0).path("collection").asString()).isEqualTo("products");
		long version = result(created, 0).path("record").path("version").asLong();
		Map<String, Object> sale = tillSale(till, 1, product, 2, "3500");
		sale.put("customer_id", customer);
		List<Map<String, Object>> mutations = List.of(stockAdjust(UUID.randomUUID(), product, "10"),
				productUpdate(product, version, "Sugar 1 kg", "3500"),
				customerUpsert(customer, "2026-12-08T09:00:00+03:00", Map.of("name", "Amina", "phone", "0712 345678")),
				saleRecord(sale), productRef("product.archive", product), productRef("product.restore", product));

		JsonNode answer = pushed(this.manager, till, mutations);

		assertThat(statuses(answer)).as(answer.toString()).containsOnly("applied");
		assertThat(answer.path("applied").asInt()).isEqualTo(6);
		for (int i = 0; i < mutations.size(); i++) {
			assertThat(result(answer, i).path("id").asString()).isEqualTo(String.valueOf(mutations.get(i).get("id")));
			assertThat(result(answer, i).path("name").asString()).isEqualTo(mutations.get(i).get("name"));
		}
		assertThat(result(answer, 0).path("record").path("stock_on_hand").decimalValue()).isEqualByComparingTo("10");
		assertThat(result(answer, 1).path("record").path("name").asString()).isEqualTo("Sugar 1 kg");
		assertThat(result(answer, 2).path("collection").asString()).isEqualTo("customers");
		assertThat(result(answer, 2).path("record").path("phone").asString()).isEqualTo("0712 345678");
		assertThat(result(answer, 3).path("collection").asString()).isEqualTo("sales");
		assertThat(result(answer, 3).path("record").path("customer_id").asString()).isEqualTo(customer.toString());
		assertThat(result(answer, 4).path("record").path("archived").asBoolean()).isTrue();
		assertThat(result(answer, 5).path("record").path("archived").asBoolean()).isFalse();
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("8");
		assertThat(count("SELECT count(*) FROM applied_mutations WHERE device_id = ?", till)).isEqualTo(7);

		List<Map<String, Object>> everything = new ArrayList<>(List.of(create));
		everything.addAll(mutations);
		JsonNode replay = pushed(this.manager, till, everything);

		assertThat(statuses(replay)).as(replay.toString()).containsOnly("duplicate");
		assertThat(replay.path("duplicates").asInt()).isEqualTo(7);
		assertThat(result(replay, 1).path("record").path("stock_on_hand").decimalValue()).isEqualByComparingTo("8");
		assertThat(result(replay, 4).path("record").path("id").asString()).isEqualTo(String.valueOf(sale.get("id")));
		assertThat(result(replay, 4).path("conflicts").isEmpty()).isTrue();
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("8");
		assertThat(count("SELECT count(*) FROM stock_movements WHERE product_id = ?", product)).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM sales WHERE id = ?", sale.get("id"))).isEqualTo(1);
	}

	@Test
	void shouldAnswerSameMutationTwiceInOneRequestAsAppliedThenDuplicate() {
		UUID product = ShopFixtures.sugar(this.manager);
		Map<String, Object> adjust = stockAdjust(UUID.randomUUID(), product, "5");

		JsonNode answer = pushed(this.manager, UUID.randomUUID(), List.of(adjust, adjust));

		assertThat(statuses(answer)).containsExactly("applied", "duplicate");
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("5");
	}

	@Test
	void shouldApplyMutationSentFromSeveralThreadsAtOnceOnce() throws Exception {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> mutations = List.of(stockAdjust(UUID.randomUUID(), product, "7"),
				saleRecord(tillSale(till, 1, product, 3, "3500")));

		List<JsonNode> answers = PushFixtures.together(6, () -> pushed(this.manager, till, mutations));

		List<String> all = answers.stream().flatMap((answer) -> statuses(answer).stream()).toList();
		assertThat(all).filteredOn("applied"::equals).hasSize(2);
		assertThat(all).filteredOn("duplicate"::equals).hasSize(10);
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("4");
		assertThat(count("SELECT count(*) FROM stock_movements WHERE product_id = ?", product)).isEqualTo(2);
	}

	@Test
	void shouldRejectBadMutationAloneAndApplyTheOthers() {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		Map<String, Object> unreadable = mutation("stock.adjust", Map.of("id", "not-a-uuid"));
		Map<String, Object> invalid = stockAdjust(UUID.randomUUID(), product, "0");
		List<Map<String, Object>> mutations = List.of(saleRecord(tillSale(till, 1, product, 1, "3500")),
				saleRecord(tillSale(till, 2, UUID.randomUUID(), 1, "3500")), mutation("sale.refund", Map.of()),
				unreadable, invalid, saleRecord(tillSale(till, 3, product, 1, "3500")));

		JsonNode answer = pushed(this.manager, till, mutations);

		assertThat(statuses(answer)).containsExactly("applied", "rejected", "rejected", "rejected", "rejected",
				"applied");
		assertThat(result(answer, 1).path("problem").path("code").asString()).isEqualTo("unknown-product");
		assertThat(result(answer, 1).path("problem").path("status").asInt()).isEqualTo(422);
		assertThat(result(answer, 2).path("problem").path("code").asString()).isEqualTo("unknown-mutation");
		assertThat(result(answer, 3).path("problem").path("code").asString()).isEqualTo("malformed-request");
		assertThat(result(answer, 4).path("problem").path("code").asString()).isEqualTo("validation-failed");
		assertThat(result(answer, 4).path("problem").path("errors").get(0).path("field").asString())
			.isEqualTo("args.delta");
		assertThat(answer.path("applied").asInt()).isEqualTo(2);
		assertThat(answer.path("rejected").asInt()).isEqualTo(4);
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("-2");
		assertThat(count("SELECT count(*) FROM applied_mutations WHERE device_id = ?", till)).isEqualTo(2);
		assertThat(PushFixtures.till(this.manager, till).path("contiguous_seq").asLong()).isEqualTo(1);
		assertThat(PushFixtures.till(this.manager, till).path("max_seq").asLong()).isEqualTo(3);
	}

	@Test
	void shouldRejectSaleOfAnotherDeviceAlone() {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		Map<String, Object> foreign = tillSale(till, 1, product, 1, "3500");
		foreign.put("device_id", UUID.randomUUID());

		JsonNode answer = pushed(this.cashier, till, List.of(saleRecord(foreign)));

		assertThat(statuses(answer)).containsExactly("rejected");
		assertThat(result(answer, 0).path("problem").path("code").asString()).isEqualTo("validation-failed");
		assertThat(result(answer, 0).path("problem").path("errors").get(0).path("field").asString())
			.isEqualTo("args.device_id");
		assertThat(count("SELECT count(*) FROM sales WHERE id = ?", foreign.get("id"))).isZero();
	}

	@Test
	void shouldLetCashierRecordSalesAndCustomersButNotChangeProductsOrStock() {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> mutations = List.of(saleRecord(tillSale(till, 1, product, 1, "3500")),
				customerUpsert(UUID.randomUUID(), "2026-12-08T09:00:00+03:00", Map.of("name", "Baraka")),
				productCreate(UUID.randomUUID(), "Rice", "2500"), productUpdate(product, 0, "Rice", "2500"),
				productRef("product.archive", product), productRef("product.restore", product),
				stockAdjust(UUID.randomUUID(), product, "5"));

		JsonNode answer = pushed(this.cashier, till, mutations);

		assertThat(statuses(answer)).containsExactly("applied", "applied", "rejected", "rejected", "rejected",
				"rejected", "rejected");
		for (int i = 2; i < mutations.size(); i++) {
			assertThat(result(answer, i).path("problem").path("code").asString()).isEqualTo("forbidden");
			assertThat(result(answer, i).path("problem").path("status").asInt()).isEqualTo(403);
		}
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("-1");
	}

	@Test
	void shouldRejectStaleProductUpdateWithCurrentUnlessItsFieldsAreAlreadyThere() {
		UUID product = UUID.randomUUID();
		UUID till = UUID.randomUUID();
		JsonNode created = pushed(this.manager, till, List.of(productCreate(product, "Salt", "800")));
		long version = result(created, 0).path("record").path("version").asLong();
		pushed(this.manager, till, List.of(productUpdate(product, version, "Salt 500g", "900")));

		JsonNode stale = pushed(this.manager, till, List.of(productUpdate(product, version, "Salt 1kg", "1500")));
		JsonNode resent = pushed(this.manager, till, List.of(productUpdate(product, version, "Salt 500g", "900")));

		assertThat(statuses(stale)).containsExactly("rejected");
		JsonNode problem = result(stale, 0).path("problem");
		assertThat(problem.path("code").asString()).isEqualTo("precondition-failed");
		assertThat(problem.path("status").asInt()).isEqualTo(412);
		assertThat(problem.path("current").path("name").asString()).isEqualTo("Salt 500g");
		assertThat(statuses(resent)).containsExactly("duplicate");
		assertThat(result(resent, 0).path("record").path("name").asString()).isEqualTo("Salt 500g");
	}

	@Test
	void shouldMergeOnlyTheCustomerFieldsSentByEditTime() {
		UUID customer = UUID.randomUUID();
		UUID till = UUID.randomUUID();
		pushed(this.manager, till, List.of(customerUpsert(customer, "2026-12-08T10:00:00+03:00",
				Map.of("name", "Neema", "phone", "0700 111222", "notes", "pays monthly"))));
		Map<String, Object> cleared = new LinkedHashMap<>();
		cleared.put("notes", null);
		cleared.put("phone", "0700 999999");

		JsonNode answer = pushed(this.cashier, till, List.of(
				customerUpsert(customer, "2026-12-08T11:00:00+03:00", Map.of("email", "neema@example.com")),
				customerUpsert(customer, "2026-12-08T09:00:00+03:00", cleared),
				customerUpsert(UUID.randomUUID(), "2026-12-08T09:00:00+03:00", Map.of("phone", "0700 000000"))));

		assertThat(statuses(answer)).containsExactly("applied", "applied", "rejected");
		JsonNode merged = result(answer, 1).path("record");
		assertThat(merged.path("name").asString()).isEqualTo("Neema");
		assertThat(merged.path("email").asString()).isEqualTo("neema@example.com");
		assertThat(merged.path("phone").asString()).isEqualTo("0700 111222");
		assertThat(merged.path("notes").asString()).isEqualTo("pays monthly");
		assertThat(result(answer, 1).path("conflicts").valueStream().map((c) -> c.path("field").asString()))
			.containsExactlyInAnyOrder("phone", "notes");
		assertThat(result(answer, 2).path("problem").path("code").asString()).isEqualTo("validation-failed");
		assertThat(result(answer, 2).path("problem").path("errors").get(0).path("field").asString())
			.isEqualTo("args.name");
		assertThat(
				count("SELECT count(*) FROM sync_conflicts WHERE customer_id = ? AND type = 'customer-edit'", customer))
			.isEqualTo(2);
	}

	@Test
	void shouldLetALaterEditThatRepeatsTheStoredValueBeatAnOlderOneArrivingAfterIt() {
		// Found by the fault suite: the repeat changed nothing, so the older edit won.
		UUID customer = UUID.randomUUID();
		UUID tillA = UUID.randomUUID();
		UUID tillB = UUID.randomUUID();
		pushed(this.cashier, tillA, List.of(customerUpsert(customer, "2026-12-08T10:00:00+03:00",
				Map.of("name", "Asha Mussa", "phone", "+255 700 000001"))));
		JsonNode repeat = pushed(this.cashier, tillA,
				List.of(customerUpsert(customer, "2026-12-08T10:00:03+03:00", Map.of("phone", "+255 700 000001"))));
		JsonNode older = pushed(this.cashier, tillB,
				List.of(customerUpsert(customer, "2026-12-08T10:00:02+03:00", Map.of("phone", "+255 700 000002"))));

		assertThat(statuses(repeat)).containsExactly("duplicate");
		assertThat(statuses(older)).containsExactly("applied");
		assertThat(result(older, 0).path("record").path("phone").asString()).isEqualTo("+255 700 000001");
		assertThat(result(older, 0).path("conflicts").valueStream().map((c) -> c.path("offered").asString()))
			.containsExactly("+255 700 000002");
	}

	@Test
	void shouldRefuseWholeRequestOverTheLimitOrNamingTwoDevices() {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			many.add(stockAdjust(UUID.randomUUID(), product, "1"));
		}

		TestResponse tooMany = this.manager.post(PUSH, request(till, 0, many));
		TestResponse twoDevices = this.manager.send("POST", PUSH, request(till, 0, many.subList(0, 1)),
				Map.of("X-Device-Id", UUID.randomUUID().toString()));

		assertThat(tooMany.status()).isEqualTo(413);
		assertThat(tooMany.code()).isEqualTo("batch-too-large");
		assertThat(twoDevices.status()).isEqualTo(400);
		assertThat(twoDevices.code()).isEqualTo("validation-failed");
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("0");
	}

	@Test
	void shouldAcceptGzipBody() {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		byte[] body = PushFixtures
			.gzip(PushFixtures.jsonBytes(request(till, 0, List.of(stockAdjust(UUID.randomUUID(), product, "2")))));

		TestResponse answer = this.manager.raw("POST", PUSH, body,
				Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(ShopFixtures.stock(this.manager, product)).isEqualByComparingTo("2");
	}

	@Test
	void shouldWriteDeviceBookkeepingOncePerRequest() throws SQLException {
		UUID product = ShopFixtures.sugar(this.manager);
		UUID till = UUID.randomUUID();
		Map<String, String> header = Map.of("X-Device-Id", till.toString());
		pushed(this.cashier, till, List.of());
		try (DeviceWrites writes = DeviceWrites.counting(till)) {
			List<Map<String, Object>> mutations = List.of(saleRecord(tillSale(till, 1, product, 1, "3500")),
					saleRecord(tillSale(till, 2, product, 1, "3500")),
					customerUpsert(UUID.randomUUID(), "2026-12-08T09:00:00+03:00", Map.of("name", "Juma")));
			Map<String, Object> withHealth = request(till, 4, mutations);
			withHealth.put("health", Map.of("storage_persisted", true, "storage_used_bytes", 1000));

			assertThat(this.cashier.post(PUSH, withHealth).status()).isEqualTo(200);
			assertThat(writes.count()).as("push").isEqualTo(1);
			assertThat(this.cashier
				.post(PushFixtures.BULK_CREATE,
						PushFixtures.batch(till, 0, List.of(tillSale(till, 3, product, 1, "3500"))))
				.status()).isEqualTo(200);
			assertThat(writes.count()).as("bulk_create").isEqualTo(2);
			Map<String, Object> sale = tillSale(till, 4, product, 1, "3500");
			assertThat(this.cashier.send("POST", "/api/sales", sale, header).status()).isEqualTo(201);
			assertThat(writes.count()).as("POST /api/sales").isEqualTo(3);
			assertThat(this.cashier.send("GET", "/api/products/sync", null, header).status()).isEqualTo(200);
			assertThat(writes.count()).as("pull").isEqualTo(4);
			assertThat(this.cashier.send("GET", "/api/sync/devices/" + till, null, header).status()).isEqualTo(200);
			assertThat(writes.count()).as("other call").isEqualTo(5);
		}
		JsonNode device = PushFixtures.till(this.manager, till);
		assertThat(device.path("contiguous_seq").asLong()).isEqualTo(4);
		assertThat(device.path("pending").asInt()).isEqualTo(0);
		assertThat(device.path("health").path("storage_persisted").asBoolean()).isTrue();
		assertThat(device.path("last_pull_at").isNull()).isFalse();
	}

	/**
	 * Counts the rows a request inserts into or updates in {@code devices} for one
	 * device, with a trigger on the test database (PostgreSQL only), removed when closed.
	 */
	private static final class DeviceWrites implements AutoCloseable {

		private final UUID deviceId;

		private DeviceWrites(UUID deviceId) {
			this.deviceId = deviceId;
		}

		static DeviceWrites counting(UUID deviceId) throws SQLException {
			execute("""
					CREATE TABLE IF NOT EXISTS test_device_writes (device_id UUID, op TEXT);
					CREATE OR REPLACE FUNCTION test_device_write() RETURNS trigger AS $$
					BEGIN INSERT INTO test_device_writes VALUES (NEW.id, TG_OP); RETURN NEW; END $$ LANGUAGE plpgsql;
					DROP TRIGGER IF EXISTS test_device_writes ON devices;
					CREATE TRIGGER test_device_writes AFTER INSERT OR UPDATE ON devices
					FOR EACH ROW EXECUTE FUNCTION test_device_write();""");
			return new DeviceWrites(deviceId);
		}

		long count() {
			return PostgresTestDatabase.count("SELECT count(*) FROM test_device_writes WHERE device_id = ?",
					this.deviceId);
		}

		@Override
		public void close() throws SQLException {
			execute("""
					DROP TRIGGER IF EXISTS test_device_writes ON devices;
					DROP FUNCTION IF EXISTS test_device_write();
					DROP TABLE IF EXISTS test_device_writes;""");
		}

		private static void execute(String sql) throws SQLException {
			try (Connection connection = PostgresTestDatabase.connect();
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

}
