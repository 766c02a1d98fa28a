package com.bidhaa.pos.bench;

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
import java.util.concurrent.TimeUnit;

/**
 * A Java process that serves {@code /actuator/health} (the built jar, or the trivial
 * baseline), started and timed from the moment it is spawned until the health says UP.
 */
final class AppProcess implements AutoCloseable {

	/** The machine is shared with other runs: a start may take a minute. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	/** Fine enough for starts of seconds, cheap enough not to slow them down. */
	private static final Duration POLL = Duration.ofMillis(20);

	private static final HttpClient HEALTH = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Process process;

	private final int port;

	private final Duration startTime;

	private AppProcess(Process process, int port, Duration startTime) {
		this.process = process;
		this.port = port;
		this.startTime = startTime;
	}

	/**
	 * Runs {@code java -jar} as the README does, in {@code directory}, with only
	 * {@code environment} configuring it, and waits until it is UP.
	 */
	static AppProcess jar(Path jar, Map<String, String> environment, Path directory, Path log) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No application jar at " + jar.toAbsolutePath()
					+ "; build it first: ./mvnw -B -DskipTests package (or run this module with -am)");
		}
		int port = freePort();
		return start(
				List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1"),
				environment, directory, log, port);
	}

	/** Runs {@link TrivialServer} the same way, and waits until it is UP. */
	static AppProcess trivial(Path directory, Path log) throws IOException {
		int port = freePort();
		String classes = Path
			.of(URI.create(TrivialServer.class.getProtectionDomain().getCodeSource().getLocation().toString()))
			.toString();
		return start(List.of("-cp", classes, TrivialServer.class.getName(), String.valueOf(port)), Map.of(), directory,
				log, port);
	}

	int port() {
		return this.port;
	}

	/** From spawning the process to the first health answer saying UP. */
	Duration startTime() {
		return this.startTime;
	}

	/**
	 * Stops the process as a service manager would (SIGTERM), killing it if it lingers.
	 */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static AppProcess start(List<String> arguments, Map<String, String> environment, Path directory, Path log,
			int port) throws IOException {
		Files.writeString(log, "%n==== bench: %s on port %d at %s%n".formatted(arguments, port, Instant.now()),
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		// Only what this run says configures the app: not a datasource of the shell that
		// started Maven.
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("SERVER_")
					|| name.startsWith("MANAGEMENT_") || name.startsWith("POS_") || name.startsWith("BIDHAA_"));
		builder.environment().putAll(environment);
		long spawned = System.nanoTime();
		Process process = builder.start();
		awaitUp(process, port, log);
		return new AppProcess(process, port, Duration.ofNanos(System.nanoTime() - spawned));
	}

	private static void awaitUp(Process process, int port, Path log) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The process exited at start; see " + log);
			}
			try {
				if (HEALTH.send(request, BodyHandlers.ofString()).body().contains("\"UP\"")) {
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
			pause(POLL);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Not UP after " + START_TIMEOUT + "; see " + log);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
