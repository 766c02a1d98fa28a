package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.bidhaa.pos.support.AppProcess;
import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PullController} against invariant 1 of docs/sync-protocol.md (no
 * missed change) under load: writer threads change products, stock and customers at
 * random while a device pulls with a small page; once the writers stop and the device has
 * pulled until {@code has_more} is false, its copy equals the tables row for row. Also
 * with two API instances on one database.
 */
@IntegrationTest
class PullStressIntegrationTests {

	private static final int WRITERS = 4;

	private static final int WRITES_PER_WRITER = 35;

	private static final int LIMIT = 7;

	private static final Duration WRITE_TIME_CAP = Duration.ofSeconds(20);

	private static final Duration PULL_TIME_CAP = Duration.ofSeconds(60);

	@TempDir
	Path workDir;

	@LocalServerPort
	int port;

	@Test
	void shouldLeaveDeviceCopyEqualToTablesAfterConcurrentWrites() throws Exception {
		Credentials credentials = credentials();

		Outcome outcome = run(credentials, List.of(this.port));

		assertCopyEqualsTables(outcome);
	}

	@Test
	void shouldLeaveDeviceCopyEqualToTablesWithTwoInstancesOnOneDatabase() throws Exception {
		Credentials credentials = credentials();
		List<String> arguments = List.of("--spring.datasource.url=" + PostgresTestDatabase.URL,
				"--spring.datasource.username=" + PostgresTestDatabase.USER,
				"--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
				"--pos.users.admin-password=" + TestApi.ADMIN_PASSWORD);
		Path log = Files.createDirectories(Path.of("target", "pull-tests")).resolve(UUID.randomUUID() + ".log");
		try (AppProcess second = AppProcess.start(this.workDir, log, arguments)) {

			Outcome outcome = run(credentials, List.of(this.port, second.port()));

			assertCopyEqualsTables(outcome);
			assertThat(outcome.pagesByPort()).as("pages pulled from each instance")
				.containsOnlyKeys(this.port, second.port());
		}
	}

	/**
	 * A manager's and a cashier's tokens, made on this instance; stored in the database.
	 */
	private Credentials credentials() {
		TestUsers.User manager = TestUsers.create(this.port, "MANAGER");
		TestUsers.User cashier = TestUsers.create(this.port, "CASHIER");
		return new Credentials(TestUsers.token(this.port, manager.username(), TestApi.PASSWORD),
				TestUsers.token(this.port, cashier.username(), TestApi.PASSWORD));
	}

	/**
	 * Seeds a few products and customers, runs the writers (writer i on instance i mod n)
	 * and the puller (alternating instances) together, and answers the puller's copy.
	 */
	private Outcome run(Credentials credentials, List<Integer> ports) throws Exception {
		TestApi seeder = TestApi.bearer(this.port, credentials.manager());
		Shop shop = new Shop();
		for (String name : List.of("Sugar 1kg", "Rice 5kg", "Cooking oil 1L", "Maize flour 2kg", "Tea leaves 250g")) {
			UUID product = ShopFixtures.product(seeder, name, "2500");
			ShopFixtures.receive(seeder, product, 20);
			shop.products.add(product);
		}
		for (String name : List.of("Asha Mwita", "Baraka Otieno", "Neema Said")) {
			UUID customer = UUID.randomUUID();
			assertThat(seeder.put("/api/customers/" + customer, Map.of("name", name)).status()).isEqualTo(201);
			shop.customers.add(customer);
		}
		long seed = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch writersDone = new CountDownLatch(1);
		try {
			List<Instance> pullers = ports.stream()
				.map((port) -> new Instance(port, TestApi.bearer(port, credentials.cashier())))
				.toList();
			Future<Replica> puller = pool.submit(() -> {
				start.await();
				return pull(pullers, writersDone);
			});
			Future<Integer> holder = pool.submit(() -> {
				start.await();
				return holdStockLocks(shop, new Random(seed - 1), writersDone);
			});
			List<Future<Integer>> writers = new ArrayList<>();
			Instant deadline = Instant.now().plus(WRITE_TIME_CAP);
			for (int i = 0; i < WRITERS; i++) {
				int port = ports.get(i % ports.size());
				Writer writer = new Writer(TestApi.bearer(port, credentials.manager()),
						TestApi.bearer(port, credentials.cashier()), shop, new Random(seed + i), deadline, writersDone);
				writers.add(pool.submit(() -> {
					start.await();
					return writer.write(WRITES_PER_WRITER);
				}));
			}
			start.countDown();
			int writes = 0;
			try {
				for (Future<Integer> writer : writers) {
					writes += writer.get(WRITE_TIME_CAP.toSeconds() + 30, TimeUnit.SECONDS);
				}
			}
			finally {
				writersDone.countDown();
			}
			Replica replica = puller.get(PULL_TIME_CAP.toSeconds() + 30, TimeUnit.SECONDS);
			int holds = holder.get(30, TimeUnit.SECONDS);
			assertThat(writes).as("writes done (seed %d)", seed).isGreaterThanOrEqualTo(WRITERS * 10);
			return new Outcome(replica, replica.pagesByPort, seed, writes, holds);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Now and then holds the row lock of a random product's stock level for a few tens of
	 * milliseconds, so that sales and adjustments of that product wait after they took
	 * their version and commit late; answers how many times.
	 */
	private static int holdStockLocks(Shop shop, Random random, CountDownLatch writersDone) throws Exception {
		int holds = 0;
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement lock = connection
					.prepareStatement("SELECT on_hand FROM stock_levels WHERE product_id = ? FOR UPDATE")) {
			connection.setAutoCommit(false);
			boolean done = false;
			while (!done) {
				lock.setObject(1, shop.product(random));
				lock.executeQuery().close();
				holds++;
				// hold it a while; let go at once when the writers are done
				done = writersDone.await(10 + random.nextInt(60), TimeUnit.MILLISECONDS);
				connection.commit();
				done = done || writersDone.await(random.nextInt(40), TimeUnit.MILLISECONDS);
			}
		}
		return holds;
	}

	/**
	 * Pulls products and customers, one page of each in turn, while the writers run;
	 * then, every write having been answered, until {@code has_more} is false for both.
	 */
	private static Replica pull(List<Instance> pullers, CountDownLatch writersDone) throws Exception {
		Replica replica = new Replica();
		Instant deadline = Instant.now().plus(PULL_TIME_CAP);
		AtomicInteger turn = new AtomicInteger();
		while (writersDone.getCount() > 0) {
			assertThat(Instant.now()).as("puller time cap").isBefore(deadline);
			boolean more = replica.pull(pullers.get(turn.getAndIncrement() % pullers.size()), "products");
			more |= replica.pull(pullers.get(turn.getAndIncrement() % pullers.size()), "customers");
			if (!more) {
				// caught up: wait a moment for writes, or go on once the writers are done
				writersDone.await(20, TimeUnit.MILLISECONDS);
			}
		}
		replica.pagesWhileWriting = replica.pages;
		for (String collection : List.of("products", "customers")) {
			boolean more = true;
			while (more) {
				assertThat(Instant.now()).as("puller time cap").isBefore(deadline);
				more = replica.pull(pullers.get(turn.getAndIncrement() % pullers.size()), collection);
			}
		}
		return replica;
	}

	private static void assertCopyEqualsTables(Outcome outcome) throws Exception {
		Map<UUID, ProductRow> products = new HashMap<>();
		Map<UUID, CustomerRow> customers = new HashMap<>();
		try (Connection connection = PostgresTestDatabase.connect()) {
			try (PreparedStatement statement = connection.prepareStatement("""
					SELECT p.id, p.version, p.archived, p.unit_price, p.name, l.on_hand
					FROM products p LEFT JOIN stock_levels l ON l.product_id = p.id""");
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					products.put(rows.getObject("id", UUID.class),
							new ProductRow(rows.getLong("version"), rows.getBoolean("archived"),
									plain(rows.getBigDecimal("unit_price")), rows.getString("name"),
									plain(rows.getBigDecimal("on_hand"))));
				}
			}
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT id, version, name, phone FROM customers");
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					customers.put(rows.getObject("id", UUID.class), new CustomerRow(rows.getLong("version"), false,
							rows.getString("name"), rows.getString("phone")));
				}
			}
		}
		String run = "seed %d, %d writes, %d locks held, %d pages (%d while writing)".formatted(outcome.seed(),
				outcome.writes(), outcome.holds(), outcome.replica().pages, outcome.replica().pagesWhileWriting);
		assertThat(outcome.replica().products).as("products pulled (%s)", run)
			.containsExactlyInAnyOrderEntriesOf(products);
		assertThat(outcome.replica().customers).as("customers pulled (%s)", run)
			.containsExactlyInAnyOrderEntriesOf(customers);
		assertThat(outcome.replica().pagesWhileWriting).as("pages pulled while writing (%s)", run).isPositive();
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	/**
	 * The device's copy of products and customers, kept as docs/sync-protocol.md says:
	 * upsert by id, keep the higher version, tombstones mark deleted.
	 */
	static final class Replica {

		final Map<UUID, ProductRow> products = new HashMap<>();

		final Map<UUID, CustomerRow> customers = new HashMap<>();

		final Map<String, String> cursors = new HashMap<>();

		/** The last (version, id) delivered per collection, to check the order. */
		final Map<String, Position> positions = new HashMap<>();

		final Map<Integer, Integer> pagesByPort = new HashMap<>();

		int pages;

		int pagesWhileWriting;

		/** Pulls one page; answers whether more follow. */
		boolean pull(Instance instance, String collection) {
			PullPages.Page page = PullPages.page(instance.api(), collection, this.cursors.get(collection), LIMIT);
			this.pages++;
			this.pagesByPort.merge(instance.port(), 1, Integer::sum);
			assertThat(page.data()).hasSizeLessThanOrEqualTo(LIMIT);
			for (JsonNode row : page.data()) {
				UUID id = UUID.fromString(row.path("id").asString());
				long version = row.path("version").asLong();
				Position last = this.positions.get(collection);
				assertThat(last == null || PullPages.compare(last.version(), last.id(), version, id) < 0)
					.as("%s row (%d, %s) after (%s)", collection, version, id, last)
					.isTrue();
				this.positions.put(collection, new Position(version, id));
				if (collection.equals("products")) {
					upsert(this.products, id,
							new ProductRow(version, row.path("deleted").asBoolean(),
									plain(row.path("unit_price").decimalValue()), row.path("name").asString(),
									plain(row.path("stock_on_hand").decimalValue())));
				}
				else {
					upsert(this.customers, id,
							new CustomerRow(version, row.path("deleted").asBoolean(), row.path("name").asString(),
									row.path("phone").isNull() ? null : row.path("phone").asString()));
				}
			}
			this.cursors.put(collection, page.cursor());
			return page.hasMore();
		}

		private static <R extends Versioned> void upsert(Map<UUID, R> copy, UUID id, R row) {
			R held = copy.get(id);
			if (held == null || row.version() >= held.version()) {
				copy.put(id, row);
			}
		}

	}

	/**
	 * One writer: random changes through the API with small pauses, each answered as
	 * expected.
	 */
	static final class Writer {

		private final TestApi manager;

		private final TestApi cashier;

		private final Shop shop;

		private final Random random;

		private final Instant deadline;

		private final CountDownLatch stop;

		Writer(TestApi manager, TestApi cashier, Shop shop, Random random, Instant deadline, CountDownLatch stop) {
			this.manager = manager;
			this.cashier = cashier;
			this.shop = shop;
			this.random = random;
			this.deadline = deadline;
			this.stop = stop;
		}

		/**
		 * Makes up to {@code count} changes before the deadline, or until a writer fails;
		 * answers how many.
		 */
		int write(int count) throws InterruptedException {
			try {
				return writeUntilStopped(count);
			}
			catch (RuntimeException | AssertionError ex) {
				this.stop.countDown();
				throw ex;
			}
		}

		private int writeUntilStopped(int count) throws InterruptedException {
			int done = 0;
			while (done < count && Instant.now().isBefore(this.deadline)) {
				int pick = this.random.nextInt(100);
				if (pick < 15) {
					createProduct();
				}
				else if (pick < 35) {
					editProduct();
				}
				else if (pick < 45) {
					archiveOrRestore();
				}
				else if (pick < 65) {
					sell();
				}
				else if (pick < 80) {
					adjustStock();
				}
				else if (pick < 88) {
					createCustomer();
				}
				else {
					editCustomer();
				}
				done++;
				// a short pause at a cashier's pace; ends at once when another writer
				// failed
				if (this.stop.await(this.random.nextInt(5), TimeUnit.MILLISECONDS)) {
					break;
				}
			}
			return done;
		}

		private void createProduct() {
			UUID id = UUID.randomUUID();
			Map<String, Object> product = new LinkedHashMap<>();
			product.put("id", id);
			product.put("sku", "STRESS-" + id);
			product.put("name", "Stress item " + id.toString().substring(0, 6));
			product.put("category", "Stress");
			product.put("unit_price", price());
			expect(this.manager.post("/api/products", product), 201);
			this.shop.products.add(id);
		}

		private void editProduct() {
			UUID id = this.shop.product(this.random);
			TestResponse current = this.manager.get("/api/products/" + id);
			expect(current, 200);
			JsonNode product = current.json();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("sku", product.path("sku").asString());
			body.put("name", this.random.nextBoolean() ? product.path("name").asString()
					: "Renamed " + UUID.randomUUID().toString().substring(0, 6));
			body.put("category", product.path("category").asString());
			body.put("unit_price", price());
			TestResponse edited = this.manager.send("PUT", "/api/products/" + id, body,
					Map.of("If-Match", current.headers().firstValue("ETag").orElseThrow()));
			// 412: another writer edited it between our read and our write
			expect(edited, 200, 412);
		}

		private void archiveOrRestore() {
			String action = this.random.nextBoolean() ? "archive" : "restore";
			expect(this.manager.post("/api/products/" + this.shop.product(this.random) + "/" + action, null), 200);
		}

		private void sell() {
			List<Map<String, Object>> lines = new ArrayList<>();
			List<UUID> chosen = new ArrayList<>();
			int count = 1 + this.random.nextInt(3);
			for (int i = 0; i < count; i++) {
				UUID product = this.shop.product(this.random);
				if (!chosen.contains(product)) {
					chosen.add(product);
					Map<String, Object> line = new LinkedHashMap<>();
					line.put("product_id", product);
					line.put("quantity", 1 + this.random.nextInt(3));
					lines.add(line);
				}
			}
			Map<String, Object> sale = ShopFixtures.sale(UUID.randomUUID(), lines);
			sale.put("sold_at", OffsetDateTime.now(ZoneOffset.UTC).toString());
			expect(this.cashier.post("/api/sales", sale), 201);
		}

		private void adjustStock() {
			int delta = this.random.nextBoolean() ? 1 + this.random.nextInt(10) : -1 - this.random.nextInt(2);
			expect(this.manager.post("/api/products/" + this.shop.product(this.random) + "/stock_adjustments",
					Map.of("id", UUID.randomUUID(), "delta", delta, "reason", (delta > 0) ? "received" : "damaged")),
					201);
		}

		private void createCustomer() {
			UUID id = UUID.randomUUID();
			expect(this.cashier.put("/api/customers/" + id,
					Map.of("name", "Customer " + id.toString().substring(0, 6), "phone", phone())), 201);
			this.shop.customers.add(id);
		}

		private void editCustomer() {
			UUID id = this.shop.customers.get(this.random.nextInt(this.shop.customers.size()));
			TestResponse current = this.cashier.get("/api/customers/" + id);
			expect(current, 200);
			expect(this.cashier.put("/api/customers/" + id, Map.of("name", current.field("name"), "phone", phone())),
					200);
		}

		private BigDecimal price() {
			return BigDecimal.valueOf(100 + this.random.nextInt(20000), 2).multiply(BigDecimal.TEN);
		}

		private String phone() {
			return "+255 7" + (10_000_000 + this.random.nextInt(90_000_000));
		}

		private static void expect(TestResponse answer, Integer... statuses) {
			assertThat(answer.status()).as(answer.toString()).isIn((Object[]) statuses);
		}

	}

	/** What the writers have made so far, for picking at random. */
	static final class Shop {

		final List<UUID> products = new CopyOnWriteArrayList<>();

		final List<UUID> customers = new CopyOnWriteArrayList<>();

		UUID product(Random random) {
			return this.products.get(random.nextInt(this.products.size()));
		}

	}

	interface Versioned {

		long version();

	}

	/**
	 * A product as compared: version, tombstone, price, name and stock on hand.
	 *
	 * @param version the change version
	 * @param deleted archived
	 * @param price the unit price, plain
	 * @param name the name
	 * @param stock the stock on hand, plain
	 */
	record ProductRow(long version, boolean deleted, String price, String name, String stock) implements Versioned {
	}

	/**
	 * A customer as compared.
	 *
	 * @param version the change version
	 * @param deleted always false
	 * @param name the name
	 * @param phone the phone, or null
	 */
	record CustomerRow(long version, boolean deleted, String name, String phone) implements Versioned {
	}

	/**
	 * Where a pull stands in (version, id) order.
	 *
	 * @param version the version
	 * @param id the id
	 */
	record Position(long version, UUID id) {
	}

	/**
	 * An API instance and a client of it.
	 *
	 * @param port the port it listens on
	 * @param api the client
	 */
	record Instance(int port, TestApi api) {
	}

	/**
	 * A manager's and a cashier's bearer tokens, valid on every instance.
	 *
	 * @param manager the manager's token
	 * @param cashier the cashier's token
	 */
	record Credentials(String manager, String cashier) {
	}

	/**
	 * What a run left.
	 *
	 * @param replica the device's copy
	 * @param pagesByPort pages pulled from each instance
	 * @param seed the random seed of the writers
	 * @param writes how many changes the writers made
	 * @param holds how many times a stock level was held locked
	 */
	record Outcome(Replica replica, Map<Integer, Integer> pagesByPort, long seed, int writes, int holds) {
	}

}
