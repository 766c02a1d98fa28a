package com.bidhaa.pos.faults;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the server answered to a till's mutations, by mutation name and answer (applied,
 * duplicate, stale, rejected), and how many conflicts the answers named.
 */
final class MutationCounts {

	/** The mutation names in the order the summary lists them. */
	static final String[] NAMES = { "sale.record", "customer.upsert", "product.update", "stock.adjust" };

	private final Map<String, Integer> counts = new TreeMap<>();

	synchronized void answered(DeviceOutbox.Entry entry, String answer) {
		this.counts.merge(entry.intent().name() + " " + answer, 1, Integer::sum);
	}

	synchronized void conflicts(DeviceOutbox.Entry entry, int conflicts) {
		if (conflicts > 0) {
			this.counts.merge(entry.intent().name() + " conflicts", conflicts, Integer::sum);
		}
	}

	/** How many mutations of {@code name} got {@code answer} (or named conflicts). */
	synchronized int get(String name, String answer) {
		return this.counts.getOrDefault(name + " " + answer, 0);
	}

}
