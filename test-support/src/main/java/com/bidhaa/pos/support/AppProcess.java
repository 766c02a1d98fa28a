package com.bidhaa.pos.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java process that serves {@code /actuator/health} (the application, or a baseline),
 * on one port for its whole life: a test can kill it with SIGKILL and start it again
 * where its clients expect it. Each start is timed from the spawn to the first health
 * answer saying UP. Only what the caller gives configures it: the {@code SPRING_},
 * {@code POS_} and {@code BIDHAA_} variables of the shell that started the build are not
 * passed on.
 */
public final class AppProcess implements AutoCloseable {

	/** The application's main class, for a start from this JVM's class path. */
	public static final String MAIN_CLASS = "com.bidhaa.pos.PosApplication";

	private final List<String> program;

	private final Path log;

	private final int port;

	private final List<String> jvmOptions = new ArrayList<>();

	private final List<String> arguments = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final List<Duration> startTimes = new ArrayList<>();

	private Path directory = Path.of(".");

	private Process process;

	private int kills;

	private AppProcess(List<String> program, Path log) throws IOException {
		this.program = List.copyOf(program);
		this.log = log;
		this.port = freePort();
	}

	/** The built jar ({@code java -jar}, as the README runs it), not started yet. */
	public static AppProcess jar(Path jar, Path log) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No application jar at " + jar.toAbsolutePath()
					+ "; build it first: mvn -B -DskipTests package (or run this module with -am)");
		}
		return new AppProcess(List.of("-jar", jar.toAbsolutePath().toString()), log);
	}

	/**
	 * A main class on a class path, not started yet; it takes
	 * {@code --server.port=<port>} and {@code --server.address=127.0.0.1} as Spring Boot
	 * does.
	 */
	public static AppProcess mainClass(String classPath, String mainClass, Path log) throws IOException {
		return new AppProcess(List.of("-cp", classPath, mainClass), log);
	}

	/**
	 * Starts the application from this JVM's class path in {@code workDir} with these
	 * arguments and waits until it is UP.
	 */
	public static AppProcess start(Path workDir, Path log, List<String> arguments) throws IOException {
		return mainClass(System.getProperty("java.class.path"), MAIN_CLASS, log).jvmOptions("-Xmx512m")
			.directory(workDir)
			.arguments(arguments)
			.start();
	}

	/** Options of the JVM, such as {@code -Xmx512m}; none by default. */
	public AppProcess jvmOptions(String... options) {
		this.jvmOptions.addAll(List.of(options));
		return this;
	}

	/** Arguments of the program after the port. */
	public AppProcess arguments(List<String> arguments) {
		this.arguments.addAll(arguments);
		return this;
	}

	/** Variables of the process's environment. */
	public AppProcess environment(Map<String, String> environment) {
		this.environment.putAll(environment);
		return this;
	}

	/** The working directory, where the embedded database keeps {@code data/}. */
	public AppProcess directory(Path directory) {
		this.directory = directory;
		return this;
	}

	/** Starts the process, or starts it again after a kill, and waits until it is UP. */
	public AppProcess start() throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.addAll(this.program);
		command.add("--server.port=" + this.port);
		command.add("--server.address=127.0.0.1");
		command.addAll(this.arguments);
		// The jar or the main class names it; a whole class path would flood the log.
		String what = this.program.get(this.program.size() - 1);
		Files.writeString(this.log, "%n==== %s on port %d at %s%n".formatted(what, this.port, Instant.now()),
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("SERVER_")
					|| name.startsWith("MANAGEMENT_") || name.startsWith("POS_") || name.startsWith("BIDHAA_"));
		builder.environment().putAll(this.environment);
		long spawned = System.nanoTime();
		this.process = builder.start();
		UpCheck.await(this.process, this.port, this.log);
		this.startTimes.add(Duration.ofNanos(System.nanoTime() - spawned));
		return this;
	}

	/** The port it listens on, the same across restarts. */
	public int port() {
		return this.port;
	}

	/**
	 * Kills the process at once (SIGKILL on Linux): no shutdown hook, no graceful close.
	 */
	public void kill() {
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

	/** How many times it was killed. */
	public int kills() {
		return this.kills;
	}

	/** From spawning the process to the first health answer saying UP, of each start. */
	public List<Duration> startTimes() {
		return List.copyOf(this.startTimes);
	}

	/**
	 * From spawning the process to the first health answer saying UP, of the last start.
	 */
	public Duration startTime() {
		return this.startTimes.get(this.startTimes.size() - 1);
	}

	/**
	 * Stops the process as a service manager would (SIGTERM), killing it if it lingers.
	 */
	@Override
	public void close() {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
