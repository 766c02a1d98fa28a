package com.bidhaa.pos.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.bidhaa.pos.support.AppProcess;
import com.bidhaa.pos.support.TestDatabase;

/**
 * Runs the server benchmarks (start time, ingest, pull) on the built jar and writes
 * {@code server-results.json} for {@link BenchReport}; run by bench/pom.xml with
 * {@code mvn -B -Pbench verify -pl bench -am -DskipTests}.
 */
final class ServerBench {

	static final String RESULTS = "server-results.json";

	/** The server benchmark's own schema of the test database. */
	static final TestDatabase DATABASE = TestDatabase.schema("bench");

	private ServerBench() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		// Interrupted (Ctrl-C), leave no app running: only the processes this run
		// started.
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
		long started = System.nanoTime();
		BenchSettings settings = BenchSettings.fromSystemProperties();
		Path out = Files.createDirectories(settings.out());
		// A failed run must not leave the last run's figures to be reported as this
		// one's.
		Files.deleteIfExists(out.resolve(RESULTS));
		Machine machine = Machine.describe(TestDatabase.serverVersion());
		String loadAtStart = Machine.loadAverage();
		List<ResultRow> rows = new ArrayList<>(new StartBench(settings).run());
		DATABASE.reset();
		Path log = out.resolve("bench-app.log");
		Files.deleteIfExists(log);
		try (AppProcess app = AppProcess.jar(settings.jar(), log)
			.environment(DATABASE.appEnvironment())
			.directory(out)
			.start()) {
			BenchShop shop = BenchShop.create(app.port(), settings.devices());
			System.out.printf("bench: seeding %,d products%n", settings.products());
			List<SoldProduct> sold = CatalogueSeed.seed(settings.products(),
					Math.min(BenchSettings.SOLD_PRODUCTS, settings.products()));
			rows.addAll(new IngestBench(settings, shop, sold).run());
			rows.addAll(new PullBench(settings, shop).run());
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		new ResultsFile("Server", machine, BenchNotes.of(settings, took, loadAtStart, Machine.loadAverage()), rows)
			.write(out.resolve(RESULTS));
		System.out.printf("bench: server benchmarks done in %d min %02d s; %s written%n", took.toMinutes(),
				took.toSecondsPart(), out.resolve(RESULTS));
	}

}
