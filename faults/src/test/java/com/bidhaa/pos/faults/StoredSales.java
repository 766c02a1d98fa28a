package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every sale, sale line and sale stock movement the server stored, read straight from its
 * tables so that the checks do not trust the API they check.
 *
 * @param sales the sales by id
 * @param movements the stock movements of each sale, by sale id
 * @param doubledSequences the (device, sequence) pairs stored more than once
 */
record StoredSales(Map<UUID, Sale> sales, Map<UUID, Movements> movements, List<String> doubledSequences) {

	static StoredSales load(Connection db) throws SQLException {
		Map<UUID, Sale> sales = new HashMap<>();
		Map<UUID, Movements> movements = new HashMap<>();
		List<String> doubled = new ArrayList<>();
		try (Statement statement = db.createStatement()) {
			try (ResultSet rows = statement.executeQuery("""
					SELECT id, sale_number, device_id, device_seq, customer_id, subtotal, discount, total_amount,
					amount_tendered FROM sales""")) {
				while (rows.next()) {
					sales.put(rows.getObject("id", UUID.class),
							new Sale(rows.getString("sale_number"), rows.getObject("device_id", UUID.class),
									rows.getLong("device_seq"), rows.getObject("customer_id", UUID.class),
									rows.getBigDecimal("subtotal"), rows.getBigDecimal("discount"),
									rows.getBigDecimal("total_amount"), rows.getBigDecimal("amount_tendered"),
									new ArrayList<>()));
				}
			}
			try (ResultSet rows = statement.executeQuery("""
					SELECT sale_id, product_id, quantity, unit_price, line_total FROM sale_items
					ORDER BY sale_id, line_no""")) {
				while (rows.next()) {
					sales.get(rows.getObject("sale_id", UUID.class))
						.lines()
						.add(new Line(rows.getObject("product_id", UUID.class), rows.getBigDecimal("quantity"),
								rows.getBigDecimal("unit_price"), rows.getBigDecimal("line_total")));
				}
			}
			try (ResultSet rows = statement.executeQuery("""
					SELECT sale_id, count(*) AS n, sum(quantity) AS total FROM stock_movements
					WHERE kind = 'SALE' GROUP BY sale_id""")) {
				while (rows.next()) {
					movements.put(rows.getObject("sale_id", UUID.class),
							new Movements(rows.getInt("n"), rows.getBigDecimal("total")));
				}
			}
			try (ResultSet rows = statement.executeQuery("""
					SELECT device_id, device_seq, count(*) AS n FROM sales
					GROUP BY device_id, device_seq HAVING count(*) > 1""")) {
				while (rows.next()) {
					doubled.add(rows.getString("device_id") + " #" + rows.getLong("device_seq") + " stored "
							+ rows.getInt("n") + " times");
				}
			}
		}
		return new StoredSales(sales, movements, doubled);
	}

	/**
	 * A stored sale.
	 *
	 * @param saleNumber the receipt number
	 * @param deviceId the till
	 * @param deviceSeq the till's counter
	 * @param customerId the customer the sale names, or null
	 * @param subtotal the sum of the lines
	 * @param discount the discount
	 * @param total what was paid for
	 * @param tendered the cash handed over
	 * @param lines the lines in order
	 */
	record Sale(String saleNumber, UUID deviceId, long deviceSeq, UUID customerId, BigDecimal subtotal,
			BigDecimal discount, BigDecimal total, BigDecimal tendered, List<Line> lines) {
	}

	/**
	 * A stored sale line.
	 *
	 * @param productId the product
	 * @param quantity how many
	 * @param unitPrice the price charged
	 * @param lineTotal quantity times price
	 */
	record Line(UUID productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
	}

	/**
	 * The stock a sale moved.
	 *
	 * @param count how many movements
	 * @param quantity their sum (negative: goods left)
	 */
	record Movements(int count, BigDecimal quantity) {
	}

}
