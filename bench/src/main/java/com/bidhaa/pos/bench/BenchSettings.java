package com.bidhaa.pos.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of a run of the server benchmarks, from system properties
 * ({@code -Dbench.runs=…} on the Maven command line reaches them through bench/pom.xml).
 *
 * @param jar the application jar to run
 * @param out where results and logs go
 * @param runs measured runs of each ingest and pull benchmark
 * @param devices devices pushing at once
 * @param batches bulk_create batches each device sends per run
 * @param batchSize sales per batch (the server takes at most 500)
 * @param items lines per sale
 * @param naiveSales sales per run sent one per request, over all devices
 * @param products products in the catalogue that is pulled
 * @param pullLimits the page sizes pulled with
 * @param startRuns starts of each kind measured
 */
record BenchSettings(Path jar, Path out, int runs, int devices, int batches, int batchSize, int items, int naiveSales,
		int products, List<Integer> pullLimits, int startRuns) {

	/** Products the sales are made of; they get stock enough never to be oversold. */
	static final int SOLD_PRODUCTS = 1000;

	static BenchSettings fromSystemProperties() {
		return new BenchSettings(Path.of(System.getProperty("bidhaa.jar", "../backend/target/bidhaa-pos.jar")),
				Path.of(System.getProperty("bench.out", "target")), number("bench.runs", 5), number("bench.devices", 4),
				number("bench.batches", 2), number("bench.batch.size", 500), number("bench.items", 3),
				number("bench.naive.sales", 1000), number("bench.products", 100_000),
				Arrays.stream(System.getProperty("bench.pull.limits", "5000,500").split(","))
					.map(String::trim)
					.map(Integer::valueOf)
					.toList(),
				number("bench.start.runs", 5));
	}

	/** Sales each device pushes with bulk_create in one run. */
	int salesPerDevice() {
		return this.batches * this.batchSize;
	}

	/** Sales each device sends one per request in one run. */
	int naiveSalesPerDevice() {
		return Math.max(1, this.naiveSales / this.devices);
	}

	private static int number(String property, int otherwise) {
		String value = System.getProperty(property, "");
		return value.isBlank() ? otherwise : Integer.parseInt(value.trim());
	}

}
