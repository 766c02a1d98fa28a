package com.bidhaa.pos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.bidhaa.pos.support.AppProcess;
import com.bidhaa.pos.support.TestApi;

/**
 * Times starts of the jar, from spawning {@code java -jar} to {@code /actuator/health}
 * UP: on the embedded H2 default in a fresh data directory, on a fresh PostgreSQL schema
 * and on an already migrated one, against a JVM that only answers the health, each kind
 * in turn so that a busy moment of the machine hits them all alike.
 */
final class StartBench {

	static final String GROUP = "Start";

	static final String TRIVIAL = "JVM that only answers /actuator/health (baseline)";

	private final BenchSettings settings;

	private final Path log;

	StartBench(BenchSettings settings) {
		this.settings = settings;
		this.log = settings.out().resolve("bench-start.log");
	}

	List<ResultRow> run() throws Exception {
		Files.deleteIfExists(this.log);
		// Not counted: loads the jar into the page cache and the benchmark's own HTTP
		// client.
		trivial();
		embedded();
		List<Double> trivial = new ArrayList<>();
		List<Double> embedded = new ArrayList<>();
		List<Double> fresh = new ArrayList<>();
		List<Double> migrated = new ArrayList<>();
		for (int run = 1; run <= this.settings.startRuns(); run++) {
			trivial.add(trivial());
			embedded.add(embedded());
			ServerBench.DATABASE.reset();
			fresh.add(postgres());
			migrated.add(postgres());
			System.out.printf(
					"bench: start %d/%d: trivial %.2f s, H2 %.2f s, PostgreSQL fresh %.2f s, migrated %.2f s%n", run,
					this.settings.startRuns(), trivial.get(run - 1), embedded.get(run - 1), fresh.get(run - 1),
					migrated.get(run - 1));
		}
		return List.of(ResultRow.of(GROUP, TRIVIAL, "s", false, trivial, null),
				ResultRow.of(GROUP, "java -jar, embedded H2 in a fresh data directory (migrates)", "s", false, embedded,
						TRIVIAL),
				ResultRow.of(GROUP, "java -jar, PostgreSQL, fresh schema (migrates)", "s", false, fresh, TRIVIAL),
				ResultRow.of(GROUP, "java -jar, PostgreSQL, schema already migrated", "s", false, migrated, TRIVIAL));
	}

	private double trivial() throws IOException {
		try (AppProcess process = TrivialServer.process(this.log).directory(this.settings.out()).start()) {
			return seconds(process);
		}
	}

	/** As the README's first command runs it: no datasource set, data under ./data/. */
	private double embedded() throws IOException {
		Path directory = this.settings.out().resolve("h2-start");
		delete(directory);
		Files.createDirectories(directory);
		try (AppProcess process = AppProcess.jar(this.settings.jar(), this.log)
			.environment(Map.of("BIDHAA_ADMIN_PASSWORD", TestApi.ADMIN_PASSWORD))
			.directory(directory)
			.start()) {
			if (!Files.isRegularFile(directory.resolve("data/pos.mv.db"))) {
				throw new IllegalStateException("The app did not start on H2 in " + directory.resolve("data"));
			}
			return seconds(process);
		}
		finally {
			delete(directory);
		}
	}

	private double postgres() throws IOException {
		try (AppProcess process = AppProcess.jar(this.settings.jar(), this.log)
			.environment(ServerBench.DATABASE.appEnvironment())
			.directory(this.settings.out())
			.start()) {
			return seconds(process);
		}
	}

	private static double seconds(AppProcess process) {
		return process.startTime().toNanos() / 1e9;
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
