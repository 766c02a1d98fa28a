package com.bidhaa.pos.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders both halves' results files ({@code server-results.json},
 * {@code browser-results.json}) as one Markdown report, {@code bench-results.md} next to
 * them, and prints it; a missing file is said in the report, not a failure, so each half
 * can be run alone.
 */
final class BenchReport {

	static final String REPORT = "bench-results.md";

	private BenchReport() {
	}

	public static void main(String[] args) throws IOException {
		Locale.setDefault(Locale.ROOT);
		Path out = Files.createDirectories(Path.of(System.getProperty("bench.out", "target")));
		String report = "# Bidhaa POS benchmarks\n\n"
				+ ResultsSection.render(out.resolve(ServerBench.RESULTS), "Server", "-Dbench.server.skip")
				+ ResultsSection.render(out.resolve("browser-results.json"), "Browser", "-Dbench.browser.skip");
		Files.writeString(out.resolve(REPORT), report, StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(report);
		System.out.println("bench: report written to " + out.resolve(REPORT));
	}

}
