package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;

import tools.jackson.databind.JsonNode;

/**
 * The checks after a run, each against what the tills and writers know they did: every
 * sale on the server once and unchanged, stock on hand from the movements, every till's
 * catalogue equal to the server's, every till's sequence whole, and (in
 * {@link MutationChecks}) every other mutation applied once.
 */
final class ShopChecks {

	private final List<SimulatedDevice> devices;

	private final TestApi admin;

	private final List<String> failures = new ArrayList<>();

	private int salesOnServer;

	private int lost;

	private int doubled;

	private int altered;

	private MutationChecks mutations;

	private ShopChecks(List<SimulatedDevice> devices, TestApi admin) {
		this.devices = devices;
		this.admin = admin;
	}

	/** Runs every check; read the outcome from the answer. */
	static ShopChecks run(List<SimulatedDevice> devices, Shop shop, AdjustmentLedger ledger, TestApi admin)
			throws SQLException {
		ShopChecks checks = new ShopChecks(devices, admin);
		try (Connection db = FaultSuiteTests.DATABASE.connect()) {
			checks.checkSales(StoredSales.load(db));
			Map<UUID, StockChange> adjustments = new HashMap<>(ledger.all());
			adjustments.putAll(MutationChecks.tillAdjustments(devices));
			checks.checkStock(shop, adjustments, db);
			checks.checkCatalogues(db);
			checks.mutations = MutationChecks.run(devices, ledger.all(), shop.products().size(), db, checks.failures);
		}
		checks.checkSequences();
		return checks;
	}

	private void checkSales(StoredSales stored) {
		this.salesOnServer = stored.sales().size();
		Set<UUID> made = new HashSet<>();
		for (SimulatedDevice device : this.devices) {
			for (DeviceSale sale : device.outbox().sales()) {
				made.add(sale.id());
				StoredSales.Sale kept = stored.sales().get(sale.id());
				if (kept == null) {
					this.lost++;
					fail("%s (%s) is not on the server", sale.saleNumber(), sale.id());
					continue;
				}
				if (!unchanged(sale, device.id(), kept)) {
					this.altered++;
					fail("%s was stored as %s", sale, kept);
				}
				StoredSales.Movements moved = stored.movements().get(sale.id());
				BigDecimal sold = BigDecimal.valueOf(sale.lines().stream().mapToInt(DeviceSale.Line::quantity).sum());
				if (moved == null || moved.count() != sale.lines().size()
						|| moved.quantity().negate().compareTo(sold) != 0) {
					this.doubled += (moved != null && moved.count() > sale.lines().size()) ? 1 : 0;
					fail("%s moved stock %s, not once for each of its %d lines", sale.saleNumber(), moved,
							sale.lines().size());
				}
			}
		}
		for (UUID id : stored.sales().keySet()) {
			if (!made.contains(id)) {
				this.doubled++;
				fail("The server holds a sale no till made: %s %s", id, stored.sales().get(id));
			}
		}
		this.doubled += stored.doubledSequences().size();
		stored.doubledSequences().forEach((pair) -> fail("Sale sequence %s", pair));
	}

	private static boolean unchanged(DeviceSale sale, UUID deviceId, StoredSales.Sale kept) {
		boolean same = kept.saleNumber().equals(sale.saleNumber()) && deviceId.equals(kept.deviceId())
				&& java.util.Objects.equals(kept.customerId(), sale.customerId())
				&& kept.deviceSeq() == sale.deviceSeq() && same(kept.total(), sale.total())
				&& same(kept.subtotal(), sale.total()) && same(kept.discount(), BigDecimal.ZERO)
				&& same(kept.tendered(), sale.tendered()) && kept.lines().size() == sale.lines().size();
		for (int i = 0; same && i < sale.lines().size(); i++) {
			DeviceSale.Line sent = sale.lines().get(i);
			StoredSales.Line line = kept.lines().get(i);
			same = line.productId().equals(sent.productId())
					&& same(line.quantity(), BigDecimal.valueOf(sent.quantity()))
					&& same(line.unitPrice(), sent.unitPrice()) && same(line.lineTotal(), sent.amount());
		}
		return same;
	}

	/**
	 * Initial stock + acknowledged adjustments (writers' and tills') - everything the
	 * tills sold, three ways.
	 */
	private void checkStock(Shop shop, Map<UUID, StockChange> adjustments, Connection db) throws SQLException {
		Map<UUID, BigDecimal> adjusted = new HashMap<>();
		adjustments.values().forEach((change) -> adjusted.merge(change.productId(), change.delta(), BigDecimal::add));
		Map<UUID, BigDecimal> sold = new HashMap<>();
		for (SimulatedDevice device : this.devices) {
			for (DeviceSale sale : device.outbox().sales()) {
				sale.lines()
					.forEach((line) -> sold.merge(line.productId(), BigDecimal.valueOf(line.quantity()),
							BigDecimal::add));
			}
		}
		Map<UUID, BigDecimal> levels = decimals(db, "SELECT product_id, on_hand FROM stock_levels");
		Map<UUID, BigDecimal> movements = decimals(db,
				"SELECT product_id, sum(quantity) FROM stock_movements GROUP BY product_id");
		for (UUID product : shop.products()) {
			BigDecimal expected = shop.initialStock()
				.get(product)
				.add(adjusted.getOrDefault(product, BigDecimal.ZERO))
				.subtract(sold.getOrDefault(product, BigDecimal.ZERO));
			BigDecimal api = ok(this.admin.get("/api/products/" + product)).path("stock_on_hand").decimalValue();
			if (!same(api, expected) || !same(levels.get(product), expected)
					|| !same(movements.get(product), expected)) {
				fail("Stock of %s: expected %s (initial %s + adjustments %s - sold %s); API %s, stock_levels %s, sum of movements %s",
						product, expected, shop.initialStock().get(product), adjusted.get(product), sold.get(product),
						api, levels.get(product), movements.get(product));
			}
		}
	}

	/** Every till's products equal a fresh full pull's and the products table's. */
	private void checkCatalogues(Connection db) throws SQLException {
		LocalCatalogue server = new LocalCatalogue();
		String cursor = null;
		JsonNode page;
		do {
			page = ok(
					this.admin.get("/api/products/sync?limit=500" + ((cursor != null) ? "&last_sync=" + cursor : "")));
			page.path("data").forEach(server::apply);
			cursor = page.path("cursor").asString();
		}
		while (page.path("has_more").asBoolean());
		Map<UUID, LocalCatalogue.Product> active = server.active();
		Map<UUID, BigDecimal> table = decimals(db, "SELECT id, unit_price FROM products WHERE NOT archived");
		if (!table.keySet().equals(active.keySet())) {
			fail("A full pull's active products %s differ from the table's %s", active.keySet(), table.keySet());
		}
		for (SimulatedDevice device : this.devices) {
			Map<UUID, LocalCatalogue.Product> pulled = device.catalogue().active();
			if (!pulled.keySet().equals(active.keySet())) {
				fail("%s holds products %s, the server %s", device.prefix(), pulled.keySet(), active.keySet());
				continue;
			}
			pulled.forEach((id, product) -> {
				if (!product.sameAs(active.get(id)) || !same(product.unitPrice(), table.get(id))) {
					fail("%s holds %s, the server %s (price in the table %s)", device.prefix(), product, active.get(id),
							table.get(id));
				}
			});
		}
	}

	/** Every till's contiguous sequence equals its count of sales, with no gaps. */
	private void checkSequences() {
		Map<String, JsonNode> status = new HashMap<>();
		ok(this.admin.get("/api/sync/status")).path("devices")
			.forEach((device) -> status.put(device.path("id").asString(), device));
		for (SimulatedDevice device : this.devices) {
			JsonNode seen = status.get(device.id().toString());
			long count = device.outbox().sales().size();
			if (seen == null || seen.path("contiguous_seq").asLong() != count || seen.path("max_seq").asLong() != count
					|| !seen.path("gaps").isEmpty()) {
				fail("%s rang up %d sales; the server's sync status shows %s", device.prefix(), count, seen);
			}
		}
	}

	private static JsonNode ok(TestResponse answer) {
		if (answer.status() != 200) {
			throw new IllegalStateException("A check's call failed: " + answer);
		}
		return answer.json();
	}

	private static Map<UUID, BigDecimal> decimals(Connection db, String sql) throws SQLException {
		Map<UUID, BigDecimal> values = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.put(rows.getObject(1, UUID.class), rows.getBigDecimal(2));
			}
		}
		return values;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	private void fail(String format, Object... arguments) {
		this.failures.add(format.formatted(arguments));
	}

	/** What did not hold, one line each; empty when everything did. */
	List<String> failures() {
		return List.copyOf(this.failures);
	}

	int salesOnServer() {
		return this.salesOnServer;
	}

	int lost() {
		return this.lost;
	}

	int doubled() {
		return this.doubled;
	}

	int altered() {
		return this.altered;
	}

	/** The checks of the other mutations and of the applied-mutation log. */
	MutationChecks mutations() {
		return this.mutations;
	}

}
