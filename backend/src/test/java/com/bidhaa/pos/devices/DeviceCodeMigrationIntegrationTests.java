package com.bidhaa.pos.devices;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.bidhaa.pos.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for migration V16 on both databases the app runs on: devices known before it get
 * T1, T2, … in the order the server first saw them, the codes are kept as theirs, and the
 * next device registered gets the next number.
 */
class DeviceCodeMigrationIntegrationTests {

	private static final String SCHEMA = "device_code_migration";

	private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-16T08:00:00Z");

	@TempDir
	Path workDir;

	@Test
	void shouldGiveKnownDevicesCodesInFirstSeenOrderOnPostgres() throws SQLException {
		try (Connection connection = PostgresTestDatabase.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
		try {
			assertCodesGiven(Flyway.configure()
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
	void shouldGiveKnownDevicesCodesInFirstSeenOrderOnEmbeddedDatabase() throws SQLException {
		String url = "jdbc:h2:file:" + this.workDir.resolve("pos").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

		assertCodesGiven(Flyway.configure().dataSource(url, "sa", ""),
				() -> DriverManager.getConnection(url, "sa", ""));
	}

	private static void assertCodesGiven(FluentConfiguration flyway, Connections connections) throws SQLException {
		flyway.locations("classpath:db/migration").target("15").load().migrate();
		List<UUID> byFirstSight = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		try (Connection connection = connections.open()) {
			// Inserted out of order: the codes follow first_seen_at, not insertion.
			insertDevice(connection, byFirstSight.get(2), MONDAY.plusDays(2));
			insertDevice(connection, byFirstSight.get(0), MONDAY);
			insertDevice(connection, byFirstSight.get(1), MONDAY.plusHours(5));
		}

		flyway.target("16").load().migrate();

		try (Connection connection = connections.open()) {
			List<String> codes = new ArrayList<>();
			for (UUID device : byFirstSight) {
				codes.add((String) single(connection, "SELECT code FROM devices WHERE id = ?", device));
				assertThat(single(connection, "SELECT device_id FROM device_codes WHERE code = ?",
						codes.get(codes.size() - 1)))
					.isEqualTo(device);
			}
			assertThat(codes).containsExactly("T1", "T2", "T3");
			assertThat(((Number) single(connection, "SELECT last_number FROM device_code_counter WHERE id = ?", 1))
				.longValue()).isEqualTo(3);
			try (PreparedStatement duplicate = connection
				.prepareStatement("UPDATE devices SET code = 'T1' WHERE id = ?")) {
				duplicate.setObject(1, byFirstSight.get(1));
				assertThat(updateFails(duplicate)).as("codes are unique").isTrue();
			}
		}
	}

	private static boolean updateFails(PreparedStatement statement) {
		try {
			statement.executeUpdate();
			return false;
		}
		catch (SQLException expected) {
			return true;
		}
	}

	private static void insertDevice(Connection connection, UUID id, OffsetDateTime firstSeen) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO devices (id, first_seen_at, last_seen_at) VALUES (?, ?, ?)")) {
			insert.setObject(1, id);
			insert.setObject(2, firstSeen);
			insert.setObject(3, firstSeen);
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
