package com.bidhaa.pos.faults;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment a run must be over by, so that no wait in it can hang the build.
 */
final class Deadline {

	private final Instant end;

	private final Duration length;

	private Deadline(Duration length) {
		this.length = length;
		this.end = Instant.now().plus(length);
	}

	static Deadline in(Duration length) {
		return new Deadline(length);
	}

	boolean passed() {
		return Instant.now().isAfter(this.end);
	}

	Duration remaining() {
		Duration left = Duration.between(Instant.now(), this.end);
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Fails with what was being waited for once the deadline has passed. */
	void check(String waitingFor) {
		if (passed()) {
			throw new IllegalStateException("Still " + waitingFor + " after " + this.length);
		}
	}

	/**
	 * A short pause inside a polling or backoff loop; keeps the thread's interrupt.
	 */
	static void pause(Duration duration) {
		try {
			Thread.sleep(Math.max(1, duration.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
