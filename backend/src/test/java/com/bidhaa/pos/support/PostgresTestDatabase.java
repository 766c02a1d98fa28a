package com.bidhaa.pos.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the {@code public} schema of the real PostgreSQL test database
 * ({@link TestDatabase}), emptied once per test run so each run starts from the
 * migrations.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The JDBC URL of the test database. */
	public static final String URL = TestDatabase.URL;

	/** The test database's user. */
	public static final String USER = TestDatabase.USER;

	/** The test database's password. */
	public static final String PASSWORD = TestDatabase.PASSWORD;

	private static final TestDatabase PUBLIC = TestDatabase.schema("public");

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
		if (!emptied) {
			PUBLIC.reset();
			emptied = true;
		}
	}

	/** A count from the test database. */
	public static long count(String sql, Object... parameters) {
		return PUBLIC.count(sql, parameters);
	}

	/** The first column of the first row, or null when there is none. */
	public static Object value(String sql, Object... parameters) {
		return PUBLIC.value(sql, parameters);
	}

	/** A plain connection to the test database, for tests that check what was stored. */
	public static Connection connect() throws SQLException {
		return PUBLIC.connect();
	}

}
