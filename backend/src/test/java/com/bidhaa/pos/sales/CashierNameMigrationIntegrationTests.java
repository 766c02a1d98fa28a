package com.bidhaa.pos.sales;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.bidhaa.pos.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for migration V13 on both databases the app runs on: sales recorded before it
 * take the name their cashier has, and the column is required from then on.
 */
class CashierNameMigrationIntegrationTests {

	private static final String SCHEMA = "cashier_name_migration";

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-21T09:58:12Z");

	@TempDir
	Path workDir;

	@Test
	void shouldNameCashiersOfEarlierSalesOnPostgres() throws SQLException {
		try (Connection connection = PostgresTestDatabase.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
		try {
			assertEarlierSalesNamed(Flyway.configure()
				.dataSource(PostgresTestDatabase.URL, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
				.schemas(SCHEMA), () -> {
					Connection connection = PostgresTestDatabase.connect();
					connection.setSchema(SCHEMA);
					return connection;
				});
		}
		finally {
			try (Connection connection = PostgresTestDatabase.connect();
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			}
		}
	}

	@Test
	void shouldNameCashiersOfEarlierSalesOnEmbeddedDatabase() throws SQLException {
		String url = "jdbc:h2:file:" + this.workDir.resolve("pos").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

		assertEarlierSalesNamed(Flyway.configure().dataSource(url, "sa", ""),
				() -> DriverManager.getConnection(url, "sa", ""));
	}

	private static void assertEarlierSalesNamed(FluentConfiguration flyway, Connections connections)
			throws SQLException {
		flyway.locations("classpath:db/migration").target("12").load().migrate();
		UUID juma = UUID.randomUUID();
		UUID sale = UUID.randomUUID();
		try (Connection connection = connections.open()) {
			insertUser(connection, juma, "juma", "Juma Said");
			insertUser(connection, UUID.randomUUID(), "neema", "Neema Kweka");
			insertSale(connection, sale, juma);
		}

		flyway.target("13").load().migrate();

		try (Connection connection = connections.open()) {
			assertThat(single(connection, "SELECT cashier_name FROM sales WHERE id = ?", sale)).isEqualTo("Juma Said");
			assertThat(single(connection,
					"SELECT is_nullable FROM information_schema.columns WHERE table_name = 'sales' "
							+ "AND column_name = 'cashier_name' AND table_schema = ?",
					connection.getSchema()))
				.isEqualTo("NO");
		}
	}

	private static void insertUser(Connection connection, UUID id, String username, String displayName)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO users (id, username, display_name, password_hash, role, enabled, created_at, updated_at)
				VALUES (?, ?, ?, 'not-a-hash', 'CASHIER', TRUE, ?, ?)""")) {
			insert.setObject(1, id);
			insert.setString(2, username);
			insert.setString(3, displayName);
			insert.setObject(4, NOW);
			insert.setObject(5, NOW);
			insert.executeUpdate();
		}
	}

	private static void insertSale(Connection connection, UUID id, UUID cashierId) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO sales (id, sale_number, cashier_id, sold_at, received_at, payment_method, currency,
				    subtotal, discount, total_amount, change_due, request_hash, version)
				VALUES (?, 'T1-000001', ?, ?, ?, 'CASH', 'TZS', 3500, 0, 3500, 0, 'hash', 1)""")) {
			insert.setObject(1, id);
			insert.setObject(2, cashierId);
			insert.setObject(3, NOW);
			insert.setObject(4, NOW);
			insert.executeUpdate();
		}
	}

	private static Object single(Connection connection, String sql, Object parameter) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).as(sql).isTrue();
				return rows.getObject(1);
			}
		}
	}

	/** Opens a connection to the database under test, in the migrated schema. */
	private interface Connections {

		Connection open() throws SQLException;

	}

}
