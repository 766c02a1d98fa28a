package com.bidhaa.pos.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The database's own limit for the rows a pushed sale becomes, written by plain JDBC: per
 * transaction the change-version bump, then batched inserts of sales, sale lines and
 * stock movements, the stock level updates, the products' version, and the device's
 * sequence, from one connection per device, devices at once.
 */
final class JdbcIngest {

	private static final String SALE = """
			INSERT INTO sales (id, sale_number, device_id, device_seq, cashier_id, cashier_name, sold_at, received_at,
			    payment_method, currency, subtotal, discount, total_amount, amount_tendered, change_due, request_hash,
			    version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CASH', 'TZS', ?, 0, ?, ?, ?, ?, ?)""";

	/**
	 * The server stores the cashier's name on each sale; the baseline writes one as long.
	 */
	private static final String CASHIER_NAME = "Bench Cashier";

	private static final String LINE = """
			INSERT INTO sale_items (sale_id, line_no, product_id, product_name, sku, quantity, unit_price, line_total)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String MOVEMENT = """
			INSERT INTO stock_movements (id, product_id, kind, quantity, sale_id, user_id, created_at)
			VALUES (?, ?, 'SALE', ?, ?, ?, ?)""";

	private static final String LEVEL = "UPDATE stock_levels SET on_hand = on_hand + ?, version = ? WHERE product_id = ?";

	private static final String PRODUCTS = "UPDATE products SET version = ? WHERE id = ANY (?)";

	private static final String DEVICE = """
			UPDATE devices SET user_id = ?, last_seen_at = ?, last_push_at = ?, pending_count = ?, contiguous_seq = ?,
			    max_seq = ? WHERE id = ?""";

	private JdbcIngest() {
	}

	/** Writes every device's sales, {@code perTransaction} sales a transaction. */
	static Duration write(List<DeviceSales> devices, int perTransaction) throws Exception {
		List<Parallel.Preparation> work = new ArrayList<>();
		for (DeviceSales device : devices) {
			work.add(() -> {
				Connection connection = ServerBench.DATABASE.connect(CatalogueSeed.BATCHED_INSERTS);
				connection.setAutoCommit(false);
				List<String> hashes = device.sales().stream().map(BenchSale::fingerprint).toList();
				return () -> {
					try (connection) {
						register(connection, device);
						for (int from = 0; from < device.count(); from += perTransaction) {
							int to = Math.min(device.count(), from + perTransaction);
							writeTransaction(connection, device, hashes, from, to);
						}
					}
				};
			});
		}
		return Parallel.time(work);
	}

	/** The device as the server registers it on its first call. */
	private static void register(Connection connection, DeviceSales device) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO devices (id, user_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)")) {
			OffsetDateTime now = now();
			insert.setObject(1, device.deviceId());
			insert.setObject(2, device.cashier().id());
			insert.setObject(3, now);
			insert.setObject(4, now);
			insert.executeUpdate();
		}
		connection.commit();
	}

	private static void writeTransaction(Connection connection, DeviceSales device, List<String> hashes, int from,
			int to) throws SQLException {
		long version = bump(connection);
		OffsetDateTime now = now();
		UUID cashier = device.cashier().id();
		Set<UUID> products = new LinkedHashSet<>();
		try (PreparedStatement sales = connection.prepareStatement(SALE);
				PreparedStatement lines = connection.prepareStatement(LINE);
				PreparedStatement movements = connection.prepareStatement(MOVEMENT);
				PreparedStatement levels = connection.prepareStatement(LEVEL)) {
			for (int i = from; i < to; i++) {
				BenchSale sale = device.sales().get(i);
				Object[] saleRow = { sale.id(), sale.saleNumber(), device.deviceId(), sale.seq(), cashier, CASHIER_NAME,
						sale.soldAt(), now, sale.total(), sale.total(), sale.tendered(),
						sale.tendered().subtract(sale.total()), hashes.get(i), version };
				add(sales, saleRow);
				for (int n = 0; n < sale.lines().size(); n++) {
					BenchSale.Line line = sale.lines().get(n);
					SoldProduct product = line.product();
					add(lines, sale.id(), n, product.id(), product.name(), product.sku(), line.quantity(),
							product.price(), line.total());
					add(movements, UUID.randomUUID(), product.id(), -line.quantity(), sale.id(), cashier, now);
					add(levels, -line.quantity(), version, product.id());
					products.add(product.id());
				}
			}
			sales.executeBatch();
			lines.executeBatch();
			movements.executeBatch();
			levels.executeBatch();
		}
		try (PreparedStatement stamp = connection.prepareStatement(PRODUCTS);
				PreparedStatement seq = connection.prepareStatement(DEVICE)) {
			stamp.setLong(1, version);
			stamp.setArray(2, connection.createArrayOf("uuid", products.toArray()));
			stamp.executeUpdate();
			long reached = device.sales().get(to - 1).seq();
			add(seq, cashier, now, now, device.count() - to, reached, reached, device.deviceId());
			seq.executeBatch();
		}
		connection.commit();
	}

	/** The shop-wide change version, bumped first as ChangeVersions does. */
	private static long bump(Connection connection) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE change_versions SET last_version = last_version + 1 WHERE id = 1 RETURNING last_version");
				ResultSet result = update.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	private static void add(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
		statement.addBatch();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
