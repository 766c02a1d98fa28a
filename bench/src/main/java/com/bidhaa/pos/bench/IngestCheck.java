package com.bidhaa.pos.bench;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;

import tools.jackson.databind.JsonNode;

/**
 * Checks after each run that the database holds exactly the sales the devices sent, with
 * their lines, stock movements, totals and whole sequences, and no conflict rows: a
 * benchmark that silently dropped or added rows would measure nothing.
 */
final class IngestCheck {

	private IngestCheck() {
	}

	/** Fails loudly unless every sale of {@code devices} is stored exactly once. */
	static void verify(String what, List<DeviceSales> devices) throws SQLException {
		int sales = devices.stream().mapToInt(DeviceSales::count).sum();
		int lines = devices.stream()
			.flatMap((device) -> device.sales().stream())
			.mapToInt((s) -> s.lines().size())
			.sum();
		int quantity = devices.stream()
			.flatMap((device) -> device.sales().stream())
			.flatMap((sale) -> sale.lines().stream())
			.mapToInt(BenchSale.Line::quantity)
			.sum();
		BigDecimal total = devices.stream()
			.flatMap((device) -> device.sales().stream())
			.map(BenchSale::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<String> failures = new ArrayList<>();
		try (Connection connection = ServerBench.DATABASE.connect()) {
			Array ids = connection.createArrayOf("uuid", devices.stream().map(DeviceSales::deviceId).toArray());
			expect(failures, "sales", sales,
					figure(connection, ids, "SELECT count(*) FROM sales WHERE device_id = ANY (?)"));
			Array saleIds = connection.createArrayOf("uuid",
					devices.stream().flatMap((device) -> device.sales().stream()).map(BenchSale::id).toArray());
			expect(failures, "sales with the ids sent", sales,
					figure(connection, saleIds, "SELECT count(*) FROM sales WHERE id = ANY (?)"));
			expect(failures, "sum of totals", total, figure(connection, ids,
					"SELECT COALESCE(sum(total_amount), 0) FROM sales WHERE device_id = ANY (?)"));
			expect(failures, "sale lines", lines, figure(connection, ids,
					"SELECT count(*) FROM sale_items i JOIN sales s ON s.id = i.sale_id WHERE s.device_id = ANY (?)"));
			expect(failures, "sale stock movements", lines, figure(connection, ids,
					"SELECT count(*) FROM stock_movements m JOIN sales s ON s.id = m.sale_id WHERE s.device_id = ANY (?)"));
			expect(failures, "quantity moved", -quantity, figure(connection, ids, """
					SELECT COALESCE(sum(m.quantity), 0) FROM stock_movements m JOIN sales s ON s.id = m.sale_id
					WHERE s.device_id = ANY (?)"""));
			expect(failures, "conflicts", 0,
					figure(connection, ids, "SELECT count(*) FROM sync_conflicts WHERE device_id = ANY (?)"));
			Map<UUID, Long> contiguous = contiguous(connection, ids);
			for (DeviceSales device : devices) {
				expect(failures, "contiguous_seq of " + device.deviceId(), device.count(),
						contiguous.getOrDefault(device.deviceId(), -1L));
			}
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException(what + ": the database does not hold what was sent: " + failures);
		}
	}

	/**
	 * Fails unless the applied-mutation log holds one row per {@code sale.record}
	 * mutation pushed, naming its sale, and none more for these devices.
	 */
	static void verifyAppliedMutations(String what, List<DeviceSales> devices) throws SQLException {
		List<BenchSale> sales = devices.stream().flatMap((device) -> device.sales().stream()).toList();
		List<String> failures = new ArrayList<>();
		try (Connection connection = ServerBench.DATABASE.connect()) {
			Array ids = connection.createArrayOf("uuid", devices.stream().map(DeviceSales::deviceId).toArray());
			expect(failures, "applied mutations of these devices", sales.size(),
					figure(connection, ids, "SELECT count(*) FROM applied_mutations WHERE device_id = ANY (?)"));
			try (PreparedStatement select = connection.prepareStatement("""
					SELECT count(*) FROM applied_mutations a
					JOIN unnest(?::uuid[], ?::uuid[]) AS m(id, record_id) ON a.id = m.id AND a.record_id = m.record_id
					WHERE a.name = 'sale.record'""")) {
				select.setArray(1,
						connection.createArrayOf("uuid", sales.stream().map(BenchSale::mutationId).toArray()));
				select.setArray(2, connection.createArrayOf("uuid", sales.stream().map(BenchSale::id).toArray()));
				try (ResultSet result = select.executeQuery()) {
					result.next();
					expect(failures, "sale.record mutations logged with their sale", sales.size(), result.getLong(1));
				}
			}
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException(
					what + ": the applied-mutation log does not hold what was sent: " + failures);
		}
	}

	/**
	 * Fails unless the server's sync status shows each device's whole sequence, no gaps.
	 */
	static void verifyStatus(String what, List<DeviceSales> devices, TestApi manager) throws Exception {
		Map<String, JsonNode> shown = new HashMap<>();
		manager.get("/api/sync/status")
			.expect(200)
			.json()
			.path("devices")
			.forEach((device) -> shown.put(device.path("id").asString(), device));
		for (DeviceSales device : devices) {
			JsonNode status = shown.get(device.deviceId().toString());
			if (status == null || status.path("contiguous_seq").asLong() != device.count()
					|| status.path("gap_count").asLong() != 0) {
				throw new IllegalStateException(what + ": the sync status of device " + device.deviceId() + " is "
						+ status + ", expected contiguous_seq " + device.count() + " and no gaps");
			}
		}
	}

	/** Fails unless every stock level equals the sum of its product's movements. */
	static void verifyStockAddsUp() throws SQLException {
		try (Connection connection = ServerBench.DATABASE.connect();
				PreparedStatement select = connection.prepareStatement("""
						SELECT count(*) FROM stock_levels l
						WHERE l.on_hand <> (SELECT COALESCE(sum(m.quantity), 0) FROM stock_movements m
						                    WHERE m.product_id = l.product_id)""");
				ResultSet result = select.executeQuery()) {
			result.next();
			if (result.getLong(1) != 0) {
				throw new IllegalStateException(result.getLong(1) + " stock levels differ from their movements");
			}
		}
	}

	private static void expect(List<String> failures, String what, Object expected, BigDecimal actual) {
		if (new BigDecimal(expected.toString()).compareTo(actual) != 0) {
			failures.add(what + " " + actual + ", expected " + expected);
		}
	}

	private static void expect(List<String> failures, String what, long expected, long actual) {
		if (expected != actual) {
			failures.add(what + " " + actual + ", expected " + expected);
		}
	}

	private static BigDecimal figure(Connection connection, Array values, String sql) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setArray(1, values);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getBigDecimal(1);
			}
		}
	}

	private static Map<UUID, Long> contiguous(Connection connection, Array ids) throws SQLException {
		Map<UUID, Long> seqs = new HashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT id, contiguous_seq, max_seq FROM devices WHERE id = ANY (?)")) {
			select.setArray(1, ids);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					long contiguous = result.getLong(2);
					seqs.put(result.getObject(1, UUID.class), (contiguous == result.getLong(3)) ? contiguous : -2L);
				}
			}
		}
		return seqs;
	}

}
