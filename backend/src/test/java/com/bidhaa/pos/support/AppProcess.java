package com.bidhaa.pos.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a process of its own, so a test can kill it with SIGKILL and start
 * it again on the same database.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the application from the test class path in {@code workDir} with these
	 * arguments and waits until it is healthy.
	 */
	public static AppProcess start(Path workDir, Path log, List<String> arguments) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("com.bidhaa.pos.PosApplication");
		command.add("--server.port=" + port);
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		AppProcess app = new AppProcess(process, port);
		app.awaitHealthy(Duration.ofSeconds(120), log.toFile());
		return app;
	}

	/** The port it listens on. */
	public int port() {
		return this.port;
	}

	/** Kills the process at once (SIGKILL): no shutdown hook, no graceful close. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void awaitHealthy(Duration timeout, File log) {
		Instant deadline = Instant.now().plus(timeout);
		TestApi api = TestApi.anonymous(this.port);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited at start; see " + log);
			}
			try {
				if (api.get("/actuator/health").status() == 200) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			pause();
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The application did not become healthy in " + timeout + "; see " + log);
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
