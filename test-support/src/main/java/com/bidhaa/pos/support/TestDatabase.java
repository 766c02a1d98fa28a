package com.bidhaa.pos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One schema of the real PostgreSQL test database named by {@code bidhaa.test.db.url} (or
 * {@code BIDHAA_TEST_DB_URL}; default
 * {@code jdbc:postgresql://127.0.0.1:5432/bidhaa_test}, user and password
 * {@code bidhaa}). Every suite keeps a schema of its own so that they can share the
 * database: the backend's tests {@code public}, the end-to-end tests {@code e2e}, the
 * fault suite {@code faults}, the server benchmark {@code bench} and the browser
 * benchmark {@code bench_browser}. Fails at once, saying how to get one, when none
 * answers: there is no mocked or in-memory stand-in.
 */
public final class TestDatabase {

	/** The JDBC URL of the test database. */
	public static final String URL = setting("bidhaa.test.db.url", "BIDHAA_TEST_DB_URL",
			"jdbc:postgresql://127.0.0.1:5432/bidhaa_test");

	/** The test database's user. */
	public static final String USER = setting("bidhaa.test.db.user", "BIDHAA_TEST_DB_USER", "bidhaa");

	/** The test database's password. */
	public static final String PASSWORD = setting("bidhaa.test.db.password", "BIDHAA_TEST_DB_PASSWORD", "bidhaa");

	private final String schema;

	private TestDatabase(String schema) {
		this.schema = schema;
	}

	/** The schema of this name in the test database. */
	public static TestDatabase schema(String name) {
		if (!name.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a schema name: " + name);
		}
		return new TestDatabase(name);
	}

	/** Drops the schema with everything in it, so the app migrates it from scratch. */
	public void reset() {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
			statement.execute("CREATE SCHEMA " + this.schema + " AUTHORIZATION CURRENT_USER");
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

	/** The JDBC URL that puts the app (and the checks) in this schema. */
	public String url() {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + this.schema;
	}

	/**
	 * What the app's process needs in its environment to run on this schema, with the
	 * first admin of {@link TestApi#ADMIN}.
	 */
	public Map<String, String> appEnvironment() {
		return Map.of("SPRING_DATASOURCE_URL", url(), "SPRING_DATASOURCE_USERNAME", USER, "SPRING_DATASOURCE_PASSWORD",
				PASSWORD, "BIDHAA_ADMIN_USERNAME", TestApi.ADMIN, "BIDHAA_ADMIN_PASSWORD", TestApi.ADMIN_PASSWORD);
	}

	/**
	 * A plain connection to this schema, for checks of what was stored; {@code options}
	 * such as {@code reWriteBatchedInserts=true} are added to the URL.
	 */
	public Connection connect(String... options) throws SQLException {
		String url = (options.length == 0) ? url() : url() + "&" + String.join("&", options);
		return DriverManager.getConnection(url, USER, PASSWORD);
	}

	/** A count from this schema. */
	public long count(String sql, Object... parameters) {
		return ((Number) value(sql, parameters)).longValue();
	}

	/** The first column of the first row, or null when there is none. */
	public Object value(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getObject(1) : null;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the test database", ex);
		}
	}

	/** The server's version, such as {@code 15.18}. */
	public static String serverVersion() throws SQLException {
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
