package com.bidhaa.pos.faults;

import java.time.Duration;
import java.util.Random;

/**
 * Picks the fault for each proxied request from one seeded random sequence, until it is
 * told to calm down for the final checks.
 * <p>
 * The sequence of choices is the same for a seed; which request gets which choice depends
 * on how the threads interleave, as it would in a shop.
 */
final class FaultPlan {

	private static final int TOTAL_WEIGHT = totalWeight();

	private final Random random;

	private volatile boolean calm;

	FaultPlan(long seed) {
		this.random = new Random(seed);
	}

	/** The fault for the next request; a batch-only fault becomes a pass for others. */
	synchronized FaultKind next(boolean batch) {
		if (this.calm) {
			return FaultKind.PASS;
		}
		int draw = this.random.nextInt(TOTAL_WEIGHT);
		for (FaultKind kind : FaultKind.values()) {
			draw -= kind.weight();
			if (draw < 0) {
				return (kind.batchOnly() && !batch) ? FaultKind.PASS : kind;
			}
		}
		throw new IllegalStateException("weights do not add up");
	}

	/** How long a delayed request waits. */
	synchronized Duration delay() {
		return Duration.ofMillis(20 + this.random.nextInt(281));
	}

	/** Which of two answers to a duplicated batch the device gets. */
	synchronized boolean firstAnswer() {
		return this.random.nextBoolean();
	}

	/** From now on every request passes: the run is over and the checks begin. */
	void calm() {
		this.calm = true;
	}

	private static int totalWeight() {
		int total = 0;
		for (FaultKind kind : FaultKind.values()) {
			total += kind.weight();
		}
		return total;
	}

}
