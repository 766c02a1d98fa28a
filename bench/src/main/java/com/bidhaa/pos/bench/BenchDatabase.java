package com.bidhaa.pos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The test database of the backend's tests, in a schema of the server benchmark's own
 * ({@code bench}) that is dropped and created again when a run needs it fresh; the
 * backend's tests keep {@code public}, the end-to-end tests {@code e2e}, the fault suite
 * {@code faults} and the browser benchmark {@code bench_browser}.
 */
final class BenchDatabase {

	static final String SCHEMA = "bench";

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "bench-admin-secret-1";

	static final String URL = setting("bidhaa.test.db.url", "BIDHAA_TEST_DB_URL",
			"jdbc:postgresql://127.0.0.1:5432/bidhaa_test");

	static final String USER = setting("bidhaa.test.db.user", "BIDHAA_TEST_DB_USER", "bidhaa");

	static final String PASSWORD = setting("bidhaa.test.db.password", "BIDHAA_TEST_DB_PASSWORD", "bidhaa");

	private BenchDatabase() {
	}

	/** Drops the schema with everything in it, so the app migrates it from scratch. */
	static void reset() {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			statement.execute("CREATE SCHEMA " + SCHEMA + " AUTHORIZATION CURRENT_USER");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("""
					No PostgreSQL test database at %s (user %s): %s
					Start one and create the database, e.g. on Debian:
					  pg_ctlcluster 15 main start
					  su postgres -c "psql -c \\"CREATE ROLE bidhaa LOGIN PASSWORD 'bidhaa'\\""
					  su postgres -c "psql -c 'CREATE DATABASE bidhaa_test OWNER bidhaa'"
					or point -Dbidhaa.test.db.url / BIDHAA_TEST_DB_URL at another. .ci/run does all of this."""
				.formatted(URL, USER, ex.getMessage()), ex);
		}
	}

	/** The JDBC URL of the benchmark's schema. */
	static String schemaUrl() {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
	}

	/**
	 * What the app's process needs in its environment to run on the benchmark's schema.
	 */
	static Map<String, String> appEnvironment() {
		return Map.of("SPRING_DATASOURCE_URL", schemaUrl(), "SPRING_DATASOURCE_USERNAME", USER,
				"SPRING_DATASOURCE_PASSWORD", PASSWORD, "BIDHAA_ADMIN_USERNAME", ADMIN, "BIDHAA_ADMIN_PASSWORD",
				ADMIN_PASSWORD);
	}

	/**
	 * A plain connection to the benchmark's schema; batched inserts are sent as multi-row
	 * statements, as a program bent on speed would.
	 */
	static Connection connect() throws SQLException {
		return DriverManager.getConnection(schemaUrl() + "&reWriteBatchedInserts=true", USER, PASSWORD);
	}

	/** The server's version, such as {@code 15.18}. */
	static String serverVersion() throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery("SELECT version()")) {
			version.next();
			// "PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu, ..."
			String[] words = version.getString(1).split(" ");
			return (words.length > 1) ? words[1] : words[0];
		}
	}

	private static String setting(String property, String variable, String otherwise) {
		String value = System.getProperty(property, "");
		if (value.isBlank()) {
			value = System.getenv().getOrDefault(variable, "");
		}
		return value.isBlank() ? otherwise : value;
	}

}
