package com.bidhaa.pos.faults;

import java.time.Duration;
import java.util.Random;

/**
 * Growing pauses between failed tries, with full jitter so that tills do not retry in
 * step after the server comes back.
 */
final class Backoff {

	private final long firstMillis;

	private final long maxMillis;

	private final Random random;

	private long ceiling;

	Backoff(Duration first, Duration max, Random random) {
		this.firstMillis = first.toMillis();
		this.maxMillis = max.toMillis();
		this.random = random;
		this.ceiling = this.firstMillis;
	}

	/** The pause before the next try; each call doubles the next one's ceiling. */
	Duration next() {
		long pause = 1 + (long) (this.random.nextDouble() * this.ceiling);
		this.ceiling = Math.min(this.maxMillis, this.ceiling * 2);
		return Duration.ofMillis(pause);
	}

	/** A try succeeded: start small again. */
	void reset() {
		this.ceiling = this.firstMillis;
	}

}
