package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The checks of the mutations other than sales, and of the applied-mutation log, against
 * what the tills know they made and the server answered: each logged once, each customer
 * field the latest edit's, each product the last edit its till got applied, each stock
 * adjustment moved once.
 */
final class MutationChecks {

	private static final String[] PRODUCT_FIELDS = { "sku", "barcode", "name", "category", "unit_price",
			"low_stock_threshold" };

	private final List<SimulatedDevice> devices;

	private final List<String> failures;

	private final Map<String, Integer> lost = new TreeMap<>();

	private final Map<String, Integer> doubled = new TreeMap<>();

	private int customersOnServer;

	private int customerConflictsOnServer;

	private int logged;

	private MutationChecks(List<SimulatedDevice> devices, List<String> failures) {
		this.devices = devices;
		this.failures = failures;
	}

	/** Runs them, adding each failure to {@code failures}. */
	static MutationChecks run(List<SimulatedDevice> devices, Map<UUID, StockChange> adjustments, int seeded,
			Connection db, List<String> failures) throws SQLException {
		MutationChecks checks = new MutationChecks(devices, failures);
		checks.checkLog(db);
		CustomerChecks.run(devices, db, checks);
		checks.checkProducts(db);
		checks.checkAdjustments(adjustments, seeded, db);
		return checks;
	}

	/**
	 * Every mutation answered applied or duplicate is in the log once, as itself; nothing
	 * else is. A stale edit that was settled may be there too, logged as a duplicate when
	 * a late copy of it arrived after its re-based twin had given the product its fields
	 * (docs/sync-protocol.md, "duplicate": "a product update whose fields already equal
	 * the current record").
	 */
	private void checkLog(Connection db) throws SQLException {
		Map<UUID, List<Object>> log = new HashMap<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id, name, record_id, device_id FROM applied_mutations")) {
			while (rows.next()) {
				log.put(rows.getObject("id", UUID.class),
						List.of(rows.getString("name"), rows.getObject("record_id", UUID.class),
								String.valueOf(rows.getObject("device_id", UUID.class))));
			}
		}
		this.logged = log.size();
		for (SimulatedDevice device : this.devices) {
			if (device.kind() == SimulatedDevice.Kind.V1) {
				continue;
			}
			for (DeviceOutbox.Entry entry : device.outbox().entries()) {
				List<Object> row = log.remove(entry.id());
				String kind = entry.intent().name();
				if (entry.state() == DeviceOutbox.State.SETTLED) {
					if (row != null && !row.equals(List.of(kind, entry.intent().recordId(), device.id().toString()))) {
						fail("%s %s %s is logged as %s", device.prefix(), kind, entry.id(), row);
					}
				}
				else if (row == null) {
					count(this.lost, kind);
					fail("%s %s %s was answered %s but is not in the applied-mutation log", device.prefix(), kind,
							entry.id(), entry.answer());
				}
				else if (!row.equals(List.of(kind, entry.intent().recordId(), device.id().toString()))) {
					fail("%s %s %s is logged as %s", device.prefix(), kind, entry.id(), row);
				}
			}
		}
		log.forEach((id, row) -> {
			count(this.doubled, (String) row.get(0));
			fail("The applied-mutation log holds %s %s, which no till made", id, row);
		});
	}

	/**
	 * Every product a manager's till edited has the fields of the last edit the server
	 * applied for that till (its only editor), stale edits included once settled.
	 */
	private void checkProducts(Connection db) throws SQLException {
		Map<UUID, ProductEdit> last = new HashMap<>();
		Map<UUID, String> editors = new HashMap<>();
		for (SimulatedDevice device : this.devices) {
			List<DeviceOutbox.Entry> entries = device.outbox().entries();
			for (int i = 0; i < entries.size(); i++) {
				if (!(entries.get(i).intent() instanceof ProductEdit edit)) {
					continue;
				}
				if ((entries.get(i).state() == DeviceOutbox.State.SETTLED) != edit.staleOnPurpose()) {
					fail("%s's edit %s of %s (base version %d, stale on purpose: %s) was answered %s", device.prefix(),
							entries.get(i).id(), edit.productId(), edit.baseVersion(), edit.staleOnPurpose(),
							entries.get(i).answer());
				}
				if (entries.get(i).state() == DeviceOutbox.State.CONFIRMED) {
					last.put(edit.productId(), edit);
					editors.put(edit.productId(), device.prefix());
				}
				else if (entries.get(i).state() == DeviceOutbox.State.SETTLED && !settledLater(entries, i, edit)) {
					count(this.lost, "product.update");
					fail("%s's stale edit %s of %s was never applied on a newer version", device.prefix(),
							entries.get(i).id(), edit.productId());
				}
			}
		}
		Map<UUID, Map<String, Object>> stored = new HashMap<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT id, sku, barcode, name, category, unit_price, low_stock_threshold FROM products")) {
			while (rows.next()) {
				Map<String, Object> fields = new HashMap<>();
				for (String field : PRODUCT_FIELDS) {
					fields.put(field, rows.getObject(field));
				}
				stored.put(rows.getObject("id", UUID.class), fields);
			}
		}
		last.forEach((id, edit) -> {
			Map<String, Object> kept = stored.get(id);
			for (String field : PRODUCT_FIELDS) {
				if (kept == null || !same(kept.get(field), edit.fields().get(field))) {
					count(this.lost, "product.update");
					fail("Product %s has %s; the last edit %s applied (base version %d) sent %s", id, kept,
							editors.get(id), edit.baseVersion(), edit.fields());
					return;
				}
			}
		});
	}

	/**
	 * A later entry of the same outbox made the same edit again and was applied (perhaps
	 * after being found stale again itself).
	 */
	private static boolean settledLater(List<DeviceOutbox.Entry> entries, int stale, ProductEdit edit) {
		for (int i = stale + 1; i < entries.size(); i++) {
			if (entries.get(i).intent() instanceof ProductEdit again && again.productId().equals(edit.productId())
					&& again.fields().equals(edit.fields())) {
				DeviceOutbox.State state = entries.get(i).state();
				return state == DeviceOutbox.State.CONFIRMED
						|| (state == DeviceOutbox.State.SETTLED && settledLater(entries, i, again));
			}
		}
		return false;
	}

	/**
	 * Each acknowledged adjustment is one stock movement under its id, and there is no
	 * other (besides the {@code seeded} ones that started the shop).
	 */
	private void checkAdjustments(Map<UUID, StockChange> writers, int seeded, Connection db) throws SQLException {
		Map<UUID, StockChange> made = new HashMap<>(writers);
		made.putAll(tillAdjustments(this.devices));
		Map<UUID, List<Object>> moved = new HashMap<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id, product_id, quantity FROM stock_movements WHERE kind = 'ADJUSTMENT'")) {
			while (rows.next()) {
				moved.put(rows.getObject("id", UUID.class),
						List.of(rows.getObject("product_id", UUID.class), rows.getBigDecimal("quantity")));
			}
		}
		int others = moved.size();
		for (StockChange change : made.values()) {
			List<Object> movement = moved.get(change.adjustmentId());
			if (movement == null) {
				count(this.lost, "stock.adjust");
				fail("Adjustment %s (%s of %s) is not among the stock movements", change.adjustmentId(), change.delta(),
						change.productId());
			}
			else if (!movement.get(0).equals(change.productId())
					|| ((BigDecimal) movement.get(1)).compareTo(change.delta()) != 0) {
				fail("Adjustment %s (%s of %s) moved %s", change.adjustmentId(), change.delta(), change.productId(),
						movement);
			}
			else {
				others--;
			}
		}
		if (others != seeded) {
			count(this.doubled, "stock.adjust");
			fail("%d adjustment movements besides the %d acknowledged ones; the shop was seeded with %d", others,
					made.size(), seeded);
		}
	}

	/** The stock adjustments the server answered to the tills. */
	static Map<UUID, StockChange> tillAdjustments(List<SimulatedDevice> devices) {
		Map<UUID, StockChange> made = new HashMap<>();
		for (SimulatedDevice device : devices) {
			for (DeviceOutbox.Entry entry : device.outbox().entries()) {
				if (entry.intent() instanceof StockChange change && entry.state() == DeviceOutbox.State.CONFIRMED) {
					made.put(change.adjustmentId(), change);
				}
			}
		}
		return made;
	}

	private static boolean same(Object stored, Object sent) {
		if (stored instanceof BigDecimal a && sent instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(stored, sent);
	}

	private static void count(Map<String, Integer> counts, String kind) {
		counts.merge(kind, 1, Integer::sum);
	}

	/** A mutation of this kind was lost. */
	void lost(String kind) {
		count(this.lost, kind);
	}

	/** A mutation of this kind was applied twice, or never made. */
	void doubled(String kind) {
		count(this.doubled, kind);
	}

	void fail(String format, Object... arguments) {
		this.failures.add(format.formatted(arguments));
	}

	/** Mutations lost, by kind; empty when none was. */
	Map<String, Integer> lost() {
		return Map.copyOf(this.lost);
	}

	/** Mutations applied more than once or never made, by kind; empty when none was. */
	Map<String, Integer> doubled() {
		return Map.copyOf(this.doubled);
	}

	int customersOnServer() {
		return this.customersOnServer;
	}

	int customerConflictsOnServer() {
		return this.customerConflictsOnServer;
	}

	void customersOnServer(int customers, int conflicts) {
		this.customersOnServer = customers;
		this.customerConflictsOnServer = conflicts;
	}

	/** Rows of the applied-mutation log. */
	int logged() {
		return this.logged;
	}

}
