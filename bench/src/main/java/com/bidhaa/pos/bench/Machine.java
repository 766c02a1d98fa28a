package com.bidhaa.pos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the figures were measured on, so that a table is never read without its machine.
 *
 * @param cpu the CPU model
 * @param cores the cores the JVM may use
 * @param memory the machine's memory
 * @param os the operating system
 * @param java the Java version the app and the benchmark ran on
 * @param postgresql the PostgreSQL server's version
 * @param chromium the browser's version; null here, the browser benchmark fills it
 */
record Machine(String cpu, int cores, String memory, String os, String java, String postgresql, String chromium) {

	static Machine describe(String postgresql) {
		return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memoryTotal(), system(),
				System.getProperty("java.version"), postgresql, null);
	}

	/**
	 * The load average of the last minute, which tells how busy the machine was;
	 * "unknown" where there is no /proc.
	 */
	static String loadAverage() {
		return lines("/proc/loadavg").stream().map((line) -> line.split(" ")[0]).findFirst().orElse("unknown");
	}

	private static String cpuModel() {
		return lines("/proc/cpuinfo").stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " "))
			.findFirst()
			.orElse(System.getProperty("os.arch"));
	}

	private static String memoryTotal() {
		return lines("/proc/meminfo").stream()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.map((kib) -> String.format(Locale.ROOT, "%d GiB", Math.round(kib / 1024.0 / 1024.0)))
			.findFirst()
			.orElse("unknown");
	}

	private static String system() {
		String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version");
		return lines("/etc/os-release").stream()
			.filter((line) -> line.startsWith("PRETTY_NAME="))
			.map((line) -> line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + kernel)
			.findFirst()
			.orElse(kernel);
	}

	private static List<String> lines(String file) {
		try {
			return Files.readAllLines(Path.of(file));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
