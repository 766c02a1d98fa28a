package com.bidhaa.pos.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fingerprint of every stored row, so a test can prove that requests changed nothing.
 */
public final class StoredRows {

	/**
	 * The tables of business data. {@code devices} is left out: it registers whoever
	 * calls with X-Device-Id, whether the call is refused or not; what a device's sales
	 * move lives in {@code sales}.
	 */
	private static final List<String> TABLES = List.of("products", "stock_movements", "stock_levels", "customers",
			"sales", "sale_items", "sync_conflicts", "users", "api_tokens", "change_versions");

	private StoredRows() {
	}

	/**
	 * The row count and an md5 of the rows of each table, by table. A token's
	 * {@code last_used_at} is left out: any authenticated call may move it.
	 */
	public static Map<String, String> checksums() {
		Map<String, String> checksums = new LinkedHashMap<>();
		try (Connection connection = PostgresTestDatabase.connect();
				Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet result = statement.executeQuery("""
						SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '-')
						FROM (SELECT (to_jsonb(t) - 'last_used_at')::text AS r FROM %s t) AS rows"""
					.formatted(table))) {
					result.next();
					checksums.put(table, result.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the test database", ex);
		}
		return checksums;
	}

}
