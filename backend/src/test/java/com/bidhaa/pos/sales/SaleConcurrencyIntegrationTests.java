package com.bidhaa.pos.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

		List<TestResponse> answers = all(THREADS, () -> cashier.post("/api/sales", sale));

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

		List<TestResponse> answers = all(THREADS, () -> {
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

	private static <T> List<T> all(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long count(String sql, Object id) throws Exception {
		return ((Number) query(sql, id)).longValue();
	}

	private static java.math.BigDecimal decimal(String sql, Object id) throws Exception {
		return ((java.math.BigDecimal) query(sql, id)).stripTrailingZeros();
	}

	private static Object query(String sql, Object parameter) throws Exception {
		try (Connection connection = PostgresTestDatabase.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getObject(1);
			}
		}
	}

}
