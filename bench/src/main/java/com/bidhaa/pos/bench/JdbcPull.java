package com.bidhaa.pos.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The same rows as a product pull (each product with its stock on hand) read by plain
 * JDBC keyset pagination on {@code (version, id)}, a page per query, each row read into
 * an object as the server does before it writes JSON.
 */
final class JdbcPull {

	private static final String PAGE = """
			SELECT p.id, p.version, p.archived, p.sku, p.barcode, p.name, p.category, p.unit_price, p.updated_at,
			       l.on_hand
			FROM products p LEFT JOIN stock_levels l ON l.product_id = p.id
			WHERE %s
			ORDER BY p.version, p.id LIMIT ?""";

	private JdbcPull() {
	}

	/**
	 * Reads every product, {@code limit} a page, on a connection opened beforehand (the
	 * server keeps a pool), and answers the ids read, in order.
	 */
	static List<UUID> all(Connection connection, Keyset keyset, int limit) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		long version = 0;
		UUID id = new UUID(0, 0);
		try (PreparedStatement page = connection.prepareStatement(PAGE.formatted(keyset.predicate))) {
			boolean more = true;
			while (more) {
				int next = keyset.bind(page, version, id);
				// One more than a page, as the server reads, to tell whether more follow.
				page.setInt(next, limit + 1);
				List<Row> read = new ArrayList<>(limit);
				try (ResultSet rows = page.executeQuery()) {
					more = false;
					while (rows.next()) {
						if (read.size() == limit) {
							more = true;
							break;
						}
						read.add(new Row(rows.getObject(1, UUID.class), rows.getLong(2), rows.getBoolean(3),
								rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
								rows.getBigDecimal(8), rows.getObject(9, OffsetDateTime.class),
								rows.getBigDecimal(10)));
					}
				}
				for (Row row : read) {
					ids.add(row.id());
				}
				if (!read.isEmpty()) {
					version = read.get(read.size() - 1).version();
					id = read.get(read.size() - 1).id();
				}
			}
		}
		return ids;
	}

	/** How a page says "after the cursor". */
	enum Keyset {

		/** A row comparison, which PostgreSQL answers from the (version, id) index. */
		ROW_COMPARISON("(p.version, p.id) > (?, ?)"),

		/**
		 * The server's predicate (ProductRepository.changedAfter): the bound on version
		 * alone gives the (version, id) index its start.
		 */
		SERVER_PREDICATE("p.version >= ? AND (p.version > ? OR p.id > ?)"),

		/**
		 * The predicate the server used before, which PostgreSQL answers by reading the
		 * index from its start and filtering.
		 */
		FORMER_PREDICATE("p.version > ? OR (p.version = ? AND p.id > ?)");

		private final String predicate;

		Keyset(String predicate) {
			this.predicate = predicate;
		}

		/** Binds the cursor and answers the index of the next parameter. */
		int bind(PreparedStatement page, long version, UUID id) throws SQLException {
			int index = 1;
			page.setLong(index++, version);
			if (this != ROW_COMPARISON) {
				page.setLong(index++, version);
			}
			page.setObject(index++, id);
			return index;
		}

	}

	/** A product as read, the fields a pull serves. */
	private record Row(UUID id, long version, boolean archived, String sku, String barcode, String name,
			String category, BigDecimal unitPrice, OffsetDateTime updatedAt, BigDecimal onHand) {
	}

}
