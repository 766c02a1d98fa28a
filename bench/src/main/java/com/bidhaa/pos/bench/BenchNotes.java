package com.bidhaa.pos.bench;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The notes of the server results: sizes, method, and what the baselines leave out, so
 * that the figures are read for what they are.
 */
final class BenchNotes {

	private BenchNotes() {
	}

	static List<String> of(BenchSettings s, Duration took, String loadAtStart, String loadAtEnd) {
		return List.of(sizes(s, took), load(loadAtStart, loadAtEnd), method(), checks(), ingestBaseline(s), pull(),
				start());
	}

	/**
	 * Other work on the machine slows every path; ratios within a run suffer less than
	 * figures.
	 */
	private static String load(String atStart, String atEnd) {
		return ("Load average (1 min) at the start and the end of the run: %s and %s, on %d cores; figures measured "
				+ "while other processes run are lower and noisier than on a quiet machine.")
			.formatted(atStart, atEnd, Runtime.getRuntime().availableProcessors());
	}

	private static String sizes(BenchSettings s, Duration took) {
		return ("Sizes: %d runs of each benchmark; batched ingest runs of %d devices × %,d sales (%d requests of %d "
				+ "`sale.record` mutations or `bulk_create` sales; the one-device push row sends one device's share), "
				+ "%d items a sale; %,d sales a run sent one a request, or written one a transaction; "
				+ "pulls of %,d products at limit %s; %d starts of each kind. The server half took %d min %02d s.")
			.formatted(s.runs(), s.devices(), s.salesPerDevice(), s.batches(), s.batchSize(), s.items(),
					s.naiveSalesPerDevice() * s.devices(), s.products(),
					s.pullLimits().stream().map(String::valueOf).collect(Collectors.joining(" and ")), s.startRuns(),
					took.toMinutes(), took.toSecondsPart());
	}

	private static String method() {
		return "The app runs as `java -jar backend/target/bidhaa-pos.jar` with default JVM options, on schema `bench` "
				+ "of the test database; the benchmark's HTTP and JDBC clients run in another JVM on the same machine "
				+ "and take CPU from the app and PostgreSQL alike. Each path is warmed up once, not counted; the paths "
				+ "take turns within each run, devices push at once, and every run uses new devices whose `device_seq` "
				+ "starts at 1.";
	}

	private static String checks() {
		return "Every ingest run is checked before it counts: the database holds exactly the sales sent, with their "
				+ "lines, totals and stock movements, each device's whole sequence and no conflict rows; for "
				+ "`/api/sync/push` one applied-mutation row per mutation, naming its sale, and none more; for the API "
				+ "paths `GET /api/sync/status` shows each device's `contiguous_seq` and no gaps; at the end every stock "
				+ "level equals the sum of its movements.";
	}

	private static String ingestBaseline(BenchSettings s) {
		return ("Ingest baseline: the rows the server writes for a sale (`sales`, `sale_items`, `stock_movements`, "
				+ "`stock_levels` updates, the products' `version`, the device's row and sequence, after bumping "
				+ "`change_versions` first as the server does) as JDBC batches (`reWriteBatchedInserts`), one "
				+ "connection per device, one transaction per %d sales. It leaves out what the server reads for each "
				+ "sale (replay check, products, stock for conflicts, sequence), its device bookkeeping per request and the push's applied-mutation log row per "
				+ "sale. "
				+ "\"1 sale a transaction\" writes the same rows committing each sale, as the server must so that one "
				+ "bad sale never rolls back another.")
			.formatted(s.batchSize());
	}

	private static String pull() {
		return "Pull: the catalogue is written by COPY with two change versions per product (created, then stock "
				+ "received), as API writes leave it; every pull must return each product exactly once. The API path "
				+ "follows the cursor as a device does (bearer token, X-Device-Id, JSON parsed into a tree, no gzip "
				+ "asked). The baseline reads the same columns and stock level with one query a page (limit + 1 rows) "
				+ "on an open connection, after the cursor as a row comparison, which the (version, id) index answers. "
				+ "The server's predicate `version >= ? AND (version > ? OR id > ?)` starts the same index scan at the "
				+ "cursor; the former `version > ? OR (version = ? AND id > ?)` made PostgreSQL read the index from its "
				+ "start and filter, so each page cost more the further the cursor was (the last row of each limit).";
	}

	private static String start() {
		return "Start: from spawning the process to the first `/actuator/health` answer saying UP, polled every 20 ms. "
				+ "The baseline is a JVM running a class of a few lines that only answers that URL. H2 starts have no "
				+ "datasource configured and an empty working directory (the data goes to `./data/pos.mv.db`); fresh "
				+ "PostgreSQL starts follow a drop of the schema, migrated ones the start before.";
	}

}
