package com.bidhaa.pos.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sales per second into PostgreSQL: pushed as {@code sale.record} mutations through
 * {@code POST /api/sync/push} as the app does (from all devices at once, and from one
 * device alone), through {@code bulk_create} as older apps do, sent one per request the
 * naive way, and written by plain JDBC (the database's own limit), each run of each path
 * with new devices pushing at once, every run checked against the database before it
 * counts.
 */
final class IngestBench {

	static final String GROUP = "Ingest";

	private final BenchSettings settings;

	private final BenchShop shop;

	private final List<SoldProduct> products;

	private final Random random = new Random(20261123);

	IngestBench(BenchSettings settings, BenchShop shop, List<SoldProduct> products) {
		this.settings = settings;
		this.shop = shop;
		this.products = products;
	}

	List<ResultRow> run() throws Exception {
		BenchSettings s = this.settings;
		// Not counted: warms up the app's JIT, its connection pool and the database's
		// caches.
		push("WP", s.batchSize(), s.devices());
		bulk("W", s.batchSize());
		jdbc("WJ", s.batchSize(), s.batchSize());
		jdbc("WE", Math.min(100, s.naiveSalesPerDevice()), 1);
		naive("WN", Math.min(100, s.naiveSalesPerDevice()));
		List<Double> push = new ArrayList<>();
		List<Double> alone = new ArrayList<>();
		List<Double> bulk = new ArrayList<>();
		List<Double> batched = new ArrayList<>();
		List<Double> each = new ArrayList<>();
		List<Double> naive = new ArrayList<>();
		for (int run = 1; run <= s.runs(); run++) {
			push.add(push("P%02d".formatted(run), s.salesPerDevice(), s.devices()));
			alone.add(push("S%02d".formatted(run), s.salesPerDevice(), 1));
			bulk.add(bulk("A%02d".formatted(run), s.salesPerDevice()));
			batched.add(jdbc("J%02d".formatted(run), s.salesPerDevice(), s.batchSize()));
			each.add(jdbc("E%02d".formatted(run), s.naiveSalesPerDevice(), 1));
			naive.add(naive("N%02d".formatted(run), s.naiveSalesPerDevice()));
			System.out.printf(
					"bench: ingest %d/%d: sync/push %.0f (1 device %.0f), bulk_create %.0f, JDBC batched %.0f, "
							+ "JDBC a sale a transaction %.0f, one per request %.0f sales/s%n",
					run, s.runs(), push.get(run - 1), alone.get(run - 1), bulk.get(run - 1), batched.get(run - 1),
					each.get(run - 1), naive.get(run - 1));
		}
		IngestCheck.verifyStockAddsUp();
		String devices = s.devices() + " devices";
		String baseline = "JDBC: batched inserts + stock updates, %d sales a transaction, %s".formatted(s.batchSize(),
				devices);
		String mutations = "POST /api/sync/push, %d sale.record mutations × %d items a request, "
			.formatted(s.batchSize(), s.items());
		return List.of(ResultRow.of(GROUP, baseline, "sales/s", true, batched, null),
				ResultRow.of(GROUP, mutations + devices, "sales/s", true, push, baseline),
				ResultRow.of(GROUP, mutations + "1 device", "sales/s", true, alone, baseline),
				ResultRow.of(GROUP,
						"bulk_create, %d sales × %d items a request, %s".formatted(s.batchSize(), s.items(), devices),
						"sales/s", true, bulk, baseline),
				ResultRow.of(GROUP, "JDBC: the same rows, 1 sale a transaction, " + devices, "sales/s", true, each,
						baseline),
				ResultRow.of(GROUP, "POST /api/sales, 1 sale a request, " + devices, "sales/s", true, naive, baseline));
	}

	private double push(String run, int perDevice, int devices) throws Exception {
		List<DeviceSales> pushing = ringUp(run, perDevice).subList(0, devices);
		Duration took = ApiIngest.push(this.shop.port(), pushing, this.settings.batchSize());
		IngestCheck.verify("sync/push run " + run, pushing);
		IngestCheck.verifyAppliedMutations("sync/push run " + run, pushing);
		IngestCheck.verifyStatus("sync/push run " + run, pushing, this.shop.manager());
		return rate(pushing, took);
	}

	private double bulk(String run, int perDevice) throws Exception {
		List<DeviceSales> devices = ringUp(run, perDevice);
		Duration took = ApiIngest.bulk(this.shop.port(), devices, this.settings.batchSize());
		IngestCheck.verify("bulk_create run " + run, devices);
		IngestCheck.verifyStatus("bulk_create run " + run, devices, this.shop.manager());
		return rate(devices, took);
	}

	private double jdbc(String run, int perDevice, int perTransaction) throws Exception {
		List<DeviceSales> devices = ringUp(run, perDevice);
		Duration took = JdbcIngest.write(devices, perTransaction);
		IngestCheck.verify("JDBC run " + run, devices);
		return rate(devices, took);
	}

	private double naive(String run, int perDevice) throws Exception {
		List<DeviceSales> devices = ringUp(run, perDevice);
		Duration took = ApiIngest.oneByOne(this.shop.port(), devices);
		IngestCheck.verify("POST /api/sales run " + run, devices);
		IngestCheck.verifyStatus("POST /api/sales run " + run, devices, this.shop.manager());
		return rate(devices, took);
	}

	private List<DeviceSales> ringUp(String run, int perDevice) {
		return DeviceSales.forRun(run, this.shop, perDevice, this.settings.items(), this.products, this.random);
	}

	private static double rate(List<DeviceSales> devices, Duration took) {
		return devices.stream().mapToInt(DeviceSales::count).sum() / (took.toNanos() / 1e9);
	}

}
