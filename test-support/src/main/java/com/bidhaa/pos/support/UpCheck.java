package com.bidhaa.pos.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits for a process that was just spawned until its {@code /actuator/health} says UP,
 * polling often enough to time its start.
 */
final class UpCheck {

	/** The machine is shared with other builds: a start may take minutes. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	/** Fine enough to time starts of seconds, cheap enough not to slow them down. */
	private static final Duration POLL = Duration.ofMillis(20);

	private static final HttpClient HEALTH = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private UpCheck() {
	}

	/**
	 * Returns once the process answers UP; kills it and fails if it exits or takes too
	 * long.
	 */
	static void await(Process process, int port, Path log) {
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
			pause();
		}
		process.destroyForcibly();
		throw new IllegalStateException("Not UP after " + START_TIMEOUT + "; see " + log);
	}

	private static void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
