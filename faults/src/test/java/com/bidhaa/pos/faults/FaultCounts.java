package com.bidhaa.pos.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests the proxy handled each way, counted once the fault was really
 * applied.
 */
final class FaultCounts {

	private final Map<FaultKind, LongAdder> byKind = new EnumMap<>(FaultKind.class);

	private final LongAdder unreachable = new LongAdder();

	private final LongAdder staleDeliveries = new LongAdder();

	FaultCounts() {
		for (FaultKind kind : FaultKind.values()) {
			this.byKind.put(kind, new LongAdder());
		}
	}

	void applied(FaultKind kind) {
		this.byKind.get(kind).increment();
	}

	/** A request that could not reach the app (it was down); the device saw a drop. */
	void unreachable() {
		this.unreachable.increment();
	}

	/** A held-back batch that reached the server after the device's next one. */
	void staleDelivered() {
		this.staleDeliveries.increment();
	}

	long count(FaultKind kind) {
		return this.byKind.get(kind).sum();
	}

	/** Every fault applied, passes not counted. */
	long injected() {
		long total = 0;
		for (FaultKind kind : FaultKind.values()) {
			total += (kind != FaultKind.PASS) ? count(kind) : 0;
		}
		return total;
	}

	/** Every request the proxy took from a client. */
	long requests() {
		return injected() + count(FaultKind.PASS) + unreachableCount();
	}

	long unreachableCount() {
		return this.unreachable.sum();
	}

	long staleDeliveredCount() {
		return this.staleDeliveries.sum();
	}

}
