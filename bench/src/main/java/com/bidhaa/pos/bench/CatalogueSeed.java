package com.bidhaa.pos.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a large catalogue straight into the benchmark's schema with COPY, as the server
 * would have left it had each product been created and then received stock through the
 * API: two change versions per product (its details, then its stock), taken from the
 * shop-wide counter in commit order, and a received movement behind every stock level.
 */
final class CatalogueSeed {

	private static final List<String> GOODS = List.of("Sugar 1kg", "Rice 5kg", "Maize flour 2kg", "Cooking oil 1l",
			"Tea leaves 250g", "Salt 500g", "Bar soap", "Matches (10)", "Milk 500ml", "Bread loaf", "Eggs (tray)",
			"Beans 1kg", "Wheat flour 2kg", "Toothpaste", "Candles (6)", "Kerosene 1l");

	private static final List<String> CATEGORIES = List.of("Groceries", "Household", "Dairy", "Bakery", "Drinks",
			"Personal care", "Fuel", "Snacks");

	/**
	 * Enough that the benchmark's sales never take stock below zero (no oversold
	 * conflicts).
	 */
	/** Batched inserts sent as multi-row statements, as a program bent on speed would. */
	static final String BATCHED_INSERTS = "reWriteBatchedInserts=true";

	private static final BigDecimal SOLD_STOCK = BigDecimal.valueOf(1_000_000_000L);

	private CatalogueSeed() {
	}

	/**
	 * Seeds {@code count} products and answers the first {@code sold}, which sales use.
	 */
	static List<SoldProduct> seed(int count, int sold) throws SQLException, IOException {
		Random random = new Random(20261122);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		StringBuilder products = new StringBuilder();
		StringBuilder levels = new StringBuilder();
		StringBuilder movements = new StringBuilder();
		List<SoldProduct> soldProducts = new ArrayList<>();
		try (Connection connection = ServerBench.DATABASE.connect(BATCHED_INSERTS)) {
			connection.setAutoCommit(false);
			// Like ChangeVersions: take the counter first, 2 versions per product.
			long first = bump(connection, 2L * count) - 2L * count + 1;
			String admin = adminId(connection);
			for (int i = 0; i < count; i++) {
				UUID id = UUID.randomUUID();
				String sku = "BEN-%06d".formatted(i + 1);
				String name = GOODS.get(i % GOODS.size()) + " #" + (i + 1);
				BigDecimal price = BigDecimal.valueOf(500 + 250L * random.nextInt(80)).setScale(2);
				BigDecimal stock = (i < sold) ? SOLD_STOCK : BigDecimal.valueOf(1 + random.nextInt(500));
				long details = first + 2L * i;
				long version = details + 1;
				products.append(csv(id, sku, "6009%09d".formatted(i + 1), name,
						CATEGORIES.get(random.nextInt(CATEGORIES.size())), price, false, version, details, now, now));
				levels.append(csv(id, stock, version));
				movements.append(csv(UUID.randomUUID(), id, "ADJUSTMENT", stock, "RECEIVED", admin, now));
				if (i < sold) {
					soldProducts.add(new SoldProduct(id, sku, name, price));
				}
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(
					"COPY products (id, sku, barcode, name, category, unit_price, archived, version, "
							+ "details_version, created_at, updated_at) FROM STDIN (FORMAT csv)",
					new StringReader(products.toString()));
			copy.copyIn("COPY stock_levels (product_id, on_hand, version) FROM STDIN (FORMAT csv)",
					new StringReader(levels.toString()));
			copy.copyIn("COPY stock_movements (id, product_id, kind, quantity, reason, user_id, created_at) "
					+ "FROM STDIN (FORMAT csv)", new StringReader(movements.toString()));
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE products, stock_levels, stock_movements");
			}
		}
		return soldProducts;
	}

	/** Bumps the shop-wide counter by {@code by} and answers the new last version. */
	private static long bump(Connection connection, long by) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE change_versions SET last_version = last_version + ? WHERE id = 1 RETURNING last_version")) {
			update.setLong(1, by);
			try (ResultSet result = update.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private static String adminId(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM users WHERE username = ?")) {
			select.setString(1, TestApi.ADMIN);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

	/** One CSV line; no value here holds a comma, quote or line break. */
	private static String csv(Object... values) {
		StringBuilder line = new StringBuilder();
		for (Object value : values) {
			line.append((line.length() > 0) ? "," : "").append(value);
		}
		return line.append('\n').toString();
	}

}
