package com.bidhaa.pos.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.bidhaa.pos.support.TestApi;

/**
 * Rows per second of a full catalogue pull by cursor through the API, against the same
 * rows read by plain JDBC keyset pagination with the same page size (and, to tell the
 * query from what lies around it, with the server's own predicate), one after the other
 * in each run; every pull must deliver each product exactly once.
 */
final class PullBench {

	static final String GROUP = "Pull";

	private final BenchSettings settings;

	private final TestApi device;

	PullBench(BenchSettings settings, BenchShop shop) {
		this.settings = settings;
		// A device of its own: each pull is recorded on it, as the app's are.
		this.device = BenchShop.client(shop.port(), shop.cashiers().get(0).token())
			.withHeaders(Map.of("X-Device-Id", UUID.randomUUID().toString()));
	}

	List<ResultRow> run() throws Exception {
		Map<Integer, List<Double>> api = new LinkedHashMap<>();
		Map<Integer, List<Double>> rowComparison = new LinkedHashMap<>();
		Map<Integer, List<Double>> serverPredicate = new LinkedHashMap<>();
		Map<Integer, List<Double>> formerPredicate = new LinkedHashMap<>();
		try (Connection connection = ServerBench.DATABASE.connect()) {
			// Not counted: warms up every path.
			for (int limit : this.settings.pullLimits()) {
				time(() -> ApiPull.all(this.device, limit));
				time(() -> JdbcPull.all(connection, JdbcPull.Keyset.ROW_COMPARISON, limit));
				time(() -> JdbcPull.all(connection, JdbcPull.Keyset.SERVER_PREDICATE, limit));
				time(() -> JdbcPull.all(connection, JdbcPull.Keyset.FORMER_PREDICATE, limit));
			}
			for (int run = 1; run <= this.settings.runs(); run++) {
				for (int limit : this.settings.pullLimits()) {
					double viaApi = add(api, limit, time(() -> ApiPull.all(this.device, limit)));
					double viaRows = add(rowComparison, limit,
							time(() -> JdbcPull.all(connection, JdbcPull.Keyset.ROW_COMPARISON, limit)));
					double viaServer = add(serverPredicate, limit,
							time(() -> JdbcPull.all(connection, JdbcPull.Keyset.SERVER_PREDICATE, limit)));
					double viaFormer = add(formerPredicate, limit,
							time(() -> JdbcPull.all(connection, JdbcPull.Keyset.FORMER_PREDICATE, limit)));
					System.out.printf(
							"bench: pull %d/%d, limit %d: API %.0f, JDBC %.0f, JDBC with the server's "
									+ "predicate %.0f, with the former one %.0f rows/s%n",
							run, this.settings.runs(), limit, viaApi, viaRows, viaServer, viaFormer);
				}
			}
		}
		List<ResultRow> rows = new ArrayList<>();
		for (int limit : this.settings.pullLimits()) {
			String baseline = "JDBC keyset pagination, `(version, id) > (?, ?)`, limit=" + limit;
			rows.add(ResultRow.of(GROUP, baseline, "rows/s", true, rowComparison.get(limit), null));
			rows.add(ResultRow.of(GROUP, "GET /api/products/sync by cursor, %,d products, limit=%d"
				.formatted(this.settings.products(), limit), "rows/s", true, api.get(limit), baseline));
			rows.add(ResultRow.of(GROUP,
					"JDBC with the server's `version >= ? AND (version > ? OR id > ?)`, limit=" + limit, "rows/s", true,
					serverPredicate.get(limit), baseline));
			rows.add(ResultRow.of(GROUP,
					"JDBC with the former `version > ? OR (version = ? AND id > ?)`, limit=" + limit, "rows/s", true,
					formerPredicate.get(limit), baseline));
		}
		return rows;
	}

	private static double add(Map<Integer, List<Double>> runs, int limit, double rate) {
		runs.computeIfAbsent(limit, (key) -> new ArrayList<>()).add(rate);
		return rate;
	}

	/** Runs a full pull and answers its rows per second, once it proved complete. */
	private double time(Callable<List<?>> pull) throws Exception {
		long started = System.nanoTime();
		List<?> ids = pull.call();
		double seconds = (System.nanoTime() - started) / 1e9;
		int distinct = new HashSet<>(ids).size();
		if (ids.size() != this.settings.products() || distinct != this.settings.products()) {
			throw new IllegalStateException("A pull returned %d rows, %d distinct, of %d products".formatted(ids.size(),
					distinct, this.settings.products()));
		}
		return ids.size() / seconds;
	}

}
