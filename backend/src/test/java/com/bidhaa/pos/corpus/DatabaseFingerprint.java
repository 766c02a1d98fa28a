package com.bidhaa.pos.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.bidhaa.pos.support.PostgresTestDatabase;

/**
 * A fingerprint of every row of every table of the test database, so a test can prove
 * that requests changed nothing at all. Unlike {@code StoredRows} it takes every table
 * the migrations made, devices, sign-in attempts and sessions included; only a token's
 * {@code last_used_at} is left out, since any authenticated call may move it. It keeps
 * one connection and reads every table in one query, so it can be taken after each
 * request.
 */
final class DatabaseFingerprint implements AutoCloseable {

	private final Connection connection;

	private final String query;

	private DatabaseFingerprint(Connection connection, String query) {
		this.connection = connection;
		this.query = query;
	}

	/** Connects to the test database and lists its tables as they are now. */
	static DatabaseFingerprint open() {
		try {
			Connection connection = PostgresTestDatabase.connect();
			List<String> tables = new ArrayList<>();
			try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("""
					SELECT table_name FROM information_schema.tables
					WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
					ORDER BY table_name""")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			String query = tables.stream()
				.map((table) -> """
						SELECT '%1$s', count(*) || ' rows, md5 ' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '-')
						FROM (SELECT (to_jsonb(t) - 'last_used_at')::text AS r FROM "%1$s" t) AS rows"""
					.formatted(table))
				.collect(Collectors.joining("\nUNION ALL\n"));
			return new DatabaseFingerprint(connection, query);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the test database", ex);
		}
	}

	/** The row count and an md5 of the rows of each table, by table. */
	Map<String, String> take() {
		Map<String, String> fingerprint = new LinkedHashMap<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(this.query)) {
			while (result.next()) {
				fingerprint.put(result.getString(1), result.getString(2));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the test database", ex);
		}
		return fingerprint;
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot close the test database connection", ex);
		}
	}

}
