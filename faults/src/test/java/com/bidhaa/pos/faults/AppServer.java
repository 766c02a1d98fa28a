package com.bidhaa.pos.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built jar as a process of its own ({@code java -jar}) on one port for the whole
 * run, so the suite can kill it with SIGKILL and start it again where the devices expect
 * it.
 */
final class AppServer implements AutoCloseable {

	/** The machine is shared with browser tests: a start may take a minute. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Path jar;

	private final Map<String, String> environment;

	private final Path log;

	private final int port;

	private final HttpClient health = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final List<Duration> startTimes = new ArrayList<>();

	private Process process;

	private int kills;

	AppServer(Path jar, Map<String, String> environment, Path log) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No application jar at " + jar.toAbsolutePath()
					+ "; build it first: ./mvnw -B -DskipTests package (or run this module with -am)");
		}
		this.jar = jar;
		this.environment = environment;
		// One log per run, kept across the restarts of this run.
		Files.deleteIfExists(log);
		this.log = log;
		this.port = freePort();
	}

	int port() {
		return this.port;
	}

	/** Starts the jar and waits until its health is UP. */
	void start() throws IOException {
		Files.writeString(this.log,
				"%n==== faults: starting %s on port %d at %s%n".formatted(this.jar, this.port, Instant.now()),
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Instant started = Instant.now();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// Starts faster; the run needs no peak performance.
				"-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", this.jar.toString(), "--server.port=" + this.port,
				"--server.address=127.0.0.1")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().putAll(this.environment);
		this.process = builder.start();
		awaitHealthy();
		this.startTimes.add(Duration.between(started, Instant.now()));
	}

	/**
	 * Kills the process at once (SIGKILL on Linux): no shutdown hook, no graceful close.
	 */
	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		this.kills++;
	}

	int kills() {
		return this.kills;
	}

	/** How long each start took until healthy. */
	List<Duration> startTimes() {
		return List.copyOf(this.startTimes);
	}

	@Override
	public void close() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

	private void awaitHealthy() {
		Deadline deadline = Deadline.in(START_TIMEOUT);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (!deadline.passed()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited at start; see " + this.log);
			}
			try {
				if (this.health.send(request, BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			Deadline.pause(Duration.ofMillis(250));
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The application was not UP after " + START_TIMEOUT + "; see " + this.log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
