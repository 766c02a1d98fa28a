package com.bidhaa.pos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the real PostgreSQL named by {@code bidhaa.test.db.url}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/bidhaa_test}, user and password
 * {@code bidhaa}), emptied once per test run so each run starts from the migrations.
 * Fails at once, saying how to get one, when none answers: there is no mocked or
 * in-memory stand-in.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The JDBC URL of the test database. */
	public static final String URL = System.getProperty("bidhaa.test.db.url",
			System.getenv().getOrDefault("BIDHAA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/bidhaa_test"));

	/** The test database's user. */
	public static final String USER = System.getProperty("bidhaa.test.db.user",
			System.getenv().getOrDefault("BIDHAA_TEST_DB_USER", "bidhaa"));

	/** The test database's password. */
	public static final String PASSWORD = System.getProperty("bidhaa.test.db.password",
			System.getenv().getOrDefault("BIDHAA_TEST_DB_PASSWORD", "bidhaa"));

	private static boolean emptied;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		emptyOnce();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase", Map.of("spring.datasource.url", URL,
					"spring.datasource.username", USER, "spring.datasource.password", PASSWORD)));
	}

	/** Drops everything the previous run left, once per JVM. */
	public static synchronized void emptyOnce() {
		if (emptied) {
			return;
		}
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA public CASCADE");
			statement.execute("CREATE SCHEMA public");
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
		emptied = true;
	}

	/** A count from the test database. */
	public static long count(String sql, Object... parameters) {
		return ((Number) value(sql, parameters)).longValue();
	}

	/** The first column of the first row, or null when there is none. */
	public static Object value(String sql, Object... parameters) {
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

	/** A plain connection to the test database, for tests that check what was stored. */
	public static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, USER, PASSWORD);
	}

}
