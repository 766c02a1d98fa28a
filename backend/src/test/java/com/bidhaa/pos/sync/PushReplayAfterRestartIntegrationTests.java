package com.bidhaa.pos.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.AppProcess;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static com.bidhaa.pos.sync.PushFixtures.batch;
import static com.bidhaa.pos.sync.PushFixtures.count;
import static com.bidhaa.pos.sync.PushFixtures.ids;
import static com.bidhaa.pos.sync.PushFixtures.pushed;
import static com.bidhaa.pos.sync.PushFixtures.resultIds;
import static com.bidhaa.pos.sync.PushFixtures.statuses;
import static com.bidhaa.pos.sync.PushFixtures.tillSale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PushService} across a crash: a batch the server recorded and then lost
 * the answer to (the server was killed with SIGKILL) is answered with duplicates when the
 * till sends it again to the restarted server, and its stock moved once.
 */
class PushReplayAfterRestartIntegrationTests {

	@TempDir
	Path workDir;

	@Test
	void shouldAnswerDuplicatesAndMoveStockOnceWhenBatchIsReplayedAfterKill() throws Exception {
		PostgresTestDatabase.emptyOnce();
		List<String> arguments = List.of("--spring.datasource.url=" + PostgresTestDatabase.URL,
				"--spring.datasource.username=" + PostgresTestDatabase.USER,
				"--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
				"--pos.users.admin-password=" + TestApi.ADMIN_PASSWORD);
		Path log = Files.createDirectories(Path.of("target", "crash-tests")).resolve(UUID.randomUUID() + ".log");
		UUID till = UUID.randomUUID();
		String adminToken;
		String cashierToken;
		UUID sugar;
		List<Map<String, Object>> sales;
		JsonNode first;
		try (AppProcess app = AppProcess.start(this.workDir, log, arguments)) {
			adminToken = TestUsers.token(app.port(), TestApi.ADMIN, TestApi.ADMIN_PASSWORD);
			TestApi admin = TestApi.bearer(app.port(), adminToken);
			sugar = ShopFixtures.sugar(admin);
			ShopFixtures.receive(admin, sugar, 20);
			cashierToken = cashierToken(app.port(), admin);
			sales = List.of(tillSale(till, 1, sugar, 1, "3500"), tillSale(till, 2, sugar, 2, "3500"),
					tillSale(till, 3, sugar, 3, "3500"), tillSale(till, 4, sugar, 4, "3500"));
			first = pushed(TestApi.bearer(app.port(), cashierToken), batch(till, 0, sales));
			app.kill();
		}
		try (AppProcess app = AppProcess.start(this.workDir, log, arguments)) {
			TestApi admin = TestApi.bearer(app.port(), adminToken);

			JsonNode replay = pushed(TestApi.bearer(app.port(), cashierToken), batch(till, 0, sales));

			assertThat(statuses(first)).containsOnly("created");
			assertThat(statuses(replay)).containsExactly("duplicate", "duplicate", "duplicate", "duplicate");
			assertThat(replay.path("created").asInt()).isZero();
			assertThat(replay.path("duplicates").asInt()).isEqualTo(4);
			assertThat(resultIds(replay)).containsExactlyElementsOf(ids(sales));
			for (int i = 0; i < sales.size(); i++) {
				assertThat(replay.path("results").get(i).path("sale").path("version").asLong())
					.isEqualTo(first.path("results").get(i).path("sale").path("version").asLong());
				assertThat(count("SELECT count(*) FROM sales WHERE id = ?", sales.get(i).get("id"))).isEqualTo(1);
				assertThat(count("SELECT count(*) FROM stock_movements WHERE sale_id = ?", sales.get(i).get("id")))
					.isEqualTo(1);
			}
			assertThat(ShopFixtures.stock(admin, sugar)).isEqualByComparingTo("10");
			assertThat(PushFixtures.till(admin, till).path("contiguous_seq").asLong()).isEqualTo(4);
		}
	}

	/** Creates a cashier through the admin and answers a token of theirs. */
	private static String cashierToken(int port, TestApi admin) {
		String username = "cashier-" + UUID.randomUUID().toString().substring(0, 8);
		TestResponse created = admin.post("/api/users", Map.of("username", username, "display_name", "Neema Mushi",
				"password", TestApi.PASSWORD, "role", "CASHIER"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return TestUsers.token(port, username, TestApi.PASSWORD);
	}

}
