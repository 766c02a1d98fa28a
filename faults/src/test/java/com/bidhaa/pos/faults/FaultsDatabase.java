package com.bidhaa.pos.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The test database of the backend's tests, in a schema of this suite's own
 * ({@code faults}) that each run drops and creates again; the backend's tests keep
 * {@code public} and the end-to-end tests {@code e2e}.
 */
final class FaultsDatabase {

	static final String SCHEMA = "faults";

	static final String URL = setting("bidhaa.test.db.url", "BIDHAA_TEST_DB_URL",
			"jdbc:postgresql://127.0.0.1:5432/bidhaa_test");

	static final String USER = setting("bidhaa.test.db.user", "BIDHAA_TEST_DB_USER", "bidhaa");

	static final String PASSWORD = setting("bidhaa.test.db.password", "BIDHAA_TEST_DB_PASSWORD", "bidhaa");

	private FaultsDatabase() {
	}

	/** Drops what the previous run left, so the app migrates the schema from scratch. */
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

	/** The JDBC URL that puts the app (and the checks) in the suite's schema. */
	static String schemaUrl() {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
	}

	/** What the app's process needs in its environment to run on the suite's schema. */
	static Map<String, String> appEnvironment() {
		return Map.of("SPRING_DATASOURCE_URL", schemaUrl(), "SPRING_DATASOURCE_USERNAME", USER,
				"SPRING_DATASOURCE_PASSWORD", PASSWORD, "BIDHAA_ADMIN_USERNAME", Shop.ADMIN, "BIDHAA_ADMIN_PASSWORD",
				Shop.ADMIN_PASSWORD);
	}

	/** A plain connection to the suite's schema, for the checks. */
	static Connection connect() throws SQLException {
		return DriverManager.getConnection(schemaUrl(), USER, PASSWORD);
	}

	private static String setting(String property, String variable, String otherwise) {
		String value = System.getProperty(property, "");
		if (value.isBlank()) {
			value = System.getenv().getOrDefault(variable, "");
		}
		return value.isBlank() ? otherwise : value;
	}

}
