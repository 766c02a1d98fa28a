package com.bidhaa.pos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.bidhaa.pos.support.AppProcess;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sale the API acknowledged survives a kill -9 of the server, on the embedded
 * default database (started with no database configured at all) and on PostgreSQL.
 */
class CrashDurabilityIntegrationTests {

	private static final int SALES = 25;

	@TempDir
	Path workDir;

	@Test
	void shouldKeepAcknowledgedSalesAcrossKillOnEmbeddedDefaultDatabase() throws Exception {
		List<String> arguments = List.of("--pos.users.admin-password=" + TestApi.ADMIN_PASSWORD);

		assertSalesSurviveKill(arguments);
		assertThat(this.workDir.resolve("data")).isDirectoryContaining((file) -> file.toString().endsWith(".mv.db"));
	}

	@Test
	void shouldKeepAcknowledgedSalesAcrossKillOnPostgres() throws Exception {
		PostgresTestDatabase.emptyOnce();
		List<String> arguments = List.of("--spring.datasource.url=" + PostgresTestDatabase.URL,
				"--spring.datasource.username=" + PostgresTestDatabase.USER,
				"--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
				"--pos.users.admin-password=" + TestApi.ADMIN_PASSWORD);

		assertSalesSurviveKill(arguments);
	}

	private void assertSalesSurviveKill(List<String> arguments) throws Exception {
		Path log = Files.createDirectories(Path.of("target", "crash-tests")).resolve(UUID.randomUUID() + ".log");
		UUID sugar;
		String token;
		List<String> acknowledged = new ArrayList<>();
		try (AppProcess app = AppProcess.start(this.workDir, log, arguments)) {
			token = TestUsers.token(app.port(), TestApi.ADMIN, TestApi.ADMIN_PASSWORD);
			TestApi admin = TestApi.bearer(app.port(), token);
			sugar = ShopFixtures.sugar(admin);
			for (int i = 0; i < SALES; i++) {
				TestResponse sale = admin.post("/api/sales", ShopFixtures.cashSale(sugar, 1, "3500"));
				assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
				acknowledged.add(sale.field("id"));
			}
			app.kill();
		}
		try (AppProcess app = AppProcess.start(this.workDir, log, arguments)) {
			TestApi admin = TestApi.bearer(app.port(), token);
			for (String id : acknowledged) {
				assertThat(admin.get("/api/sales/" + id).status()).as("sale %s after kill -9", id).isEqualTo(200);
			}
			assertThat(ShopFixtures.stock(admin, sugar)).isEqualByComparingTo(String.valueOf(-SALES));
		}
	}

}
