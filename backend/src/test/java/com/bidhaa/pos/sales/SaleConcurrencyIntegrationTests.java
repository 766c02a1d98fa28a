package com.bidhaa.pos.sales;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.Concurrently;
import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SalesApi} under concurrency: a sale sent from many threads at once is
 * recorded once, and concurrent sales of one product leave its stock exactly right.
 */
@IntegrationTest
class SaleConcurrencyIntegrationTests {

	private static final int THREADS = 8;

	@LocalServerPort
	int port;

	@Test
	void shouldRecordSameSaleOnceWhenSentFromManyThreadsAtOnce() throws Exception {
		TestApi manager = TestUsers.as(this.port, "MANAGER");
		TestApi cashier = TestUsers.as(this.port, "CASHIER");
		UUID sugar = ShopFixtures.sugar(manager);
		ShopFixtures.receive(manager, sugar, 100);
		Map<String, Object> sale = ShopFixtures.cashSale(sugar, 3, "3500");

		List<TestResponse> answers = Concurrently.together(THREADS, () -> cashier.post("/api/sales", sale));

		assertThat(answers).extracting(TestResponse::status).containsOnly(201, 200);
		assertThat(answers).filteredOn((answer) -> answer.status() == 201).hasSize(1);
		assertThat(count("SELECT count(*) FROM sales WHERE id = ?", sale.get("id"))).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM stock_movements WHERE sale_id = ?", sale.get("id"))).isEqualTo(1);
		assertThat(ShopFixtures.stock(manager, sugar)).isEqualByComparingTo("97");
	}

	@Test
	void shouldKeepStockExactUnderConcurrentSalesOfOneProduct() throws Exception {
		TestApi manager = TestUsers.as(this.port, "MANAGER");
		UUID sugar = ShopFixtures.sugar(manager);
		ShopFixtures.receive(manager, sugar, 50);
		int salesPerThread = 10;

		List<TestResponse> answers = Concurrently.together(THREADS, () -> {
			TestApi cashier = TestUsers.as(this.port, "CASHIER");
			TestResponse last = null;
			for (int i = 0; i < salesPerThread; i++) {
				last = cashier.post("/api/sales", ShopFixtures.cashSale(sugar, 1, "3500"));
				assertThat(last.status()).as(last.toString()).isEqualTo(201);
			}
			return last;
		});

		assertThat(answers).hasSize(THREADS);
		assertThat(ShopFixtures.stock(manager, sugar))
			.isEqualByComparingTo(String.valueOf(50 - THREADS * salesPerThread));
		assertThat(count("SELECT count(*) FROM stock_movements WHERE product_id = ? AND kind = 'SALE'", sugar))
			.isEqualTo(THREADS * salesPerThread);
		assertThat(decimal("SELECT sum(quantity) FROM stock_movements WHERE product_id = ?", sugar))
			.isEqualTo(decimal("SELECT on_hand FROM stock_levels WHERE product_id = ?", sugar));
	}

	private static long count(String sql, Object id) {
		return PostgresTestDatabase.count(sql, id);
	}

	private static java.math.BigDecimal decimal(String sql, Object id) {
		return ((java.math.BigDecimal) PostgresTestDatabase.value(sql, id)).stripTrailingZeros();
	}

}
