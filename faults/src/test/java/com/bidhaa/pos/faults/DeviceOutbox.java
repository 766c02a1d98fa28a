package com.bidhaa.pos.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A till's queue of sales in the order they were rung up, each with its state; a sale
 * leaves the queue only when the server has confirmed it, and confirmed sales stay here
 * for the checks.
 */
final class DeviceOutbox {

	/** Where a sale stands. */
	enum State {

		/** Waiting to be sent, or sent and not answered (it is sent again). */
		PENDING,

		/** In a request whose answer has not arrived yet. */
		SENDING,

		/** The server answered created or duplicate. */
		CONFIRMED,

		/** The server refused it; it is kept and shown as needing attention. */
		REJECTED

	}

	private final Map<UUID, Entry> entries = new LinkedHashMap<>();

	synchronized void add(DeviceSale sale) {
		this.entries.put(sale.id(), new Entry(sale));
	}

	/** Up to {@code max} of the oldest pending sales, now marked as sending. */
	synchronized List<DeviceSale> nextBatch(int max) {
		List<DeviceSale> batch = new ArrayList<>();
		for (Entry entry : this.entries.values()) {
			if (batch.size() == max) {
				break;
			}
			if (entry.state == State.PENDING) {
				entry.state = State.SENDING;
				batch.add(entry.sale);
			}
		}
		return batch;
	}

	/** The answer to these sales never arrived: they go back to pending, in place. */
	synchronized void unanswered(List<DeviceSale> batch) {
		batch.forEach((sale) -> this.entries.get(sale.id()).state = State.PENDING);
	}

	synchronized void confirm(UUID id) {
		this.entries.get(id).state = State.CONFIRMED;
	}

	synchronized void reject(UUID id, String reason) {
		Entry entry = this.entries.get(id);
		entry.state = State.REJECTED;
		entry.reason = reason;
	}

	/** How many sales the server has not confirmed or refused yet. */
	synchronized int unconfirmed() {
		return (int) this.entries.values()
			.stream()
			.filter((entry) -> entry.state == State.PENDING || entry.state == State.SENDING)
			.count();
	}

	synchronized int count(State state) {
		return (int) this.entries.values().stream().filter((entry) -> entry.state == state).count();
	}

	/** Every sale rung up, in order. */
	synchronized List<DeviceSale> sales() {
		return this.entries.values().stream().map((entry) -> entry.sale).toList();
	}

	/** The refused sales with the server's reasons. */
	synchronized List<String> rejections() {
		return this.entries.values()
			.stream()
			.filter((entry) -> entry.state == State.REJECTED)
			.map((entry) -> entry.sale.saleNumber() + ": " + entry.reason)
			.toList();
	}

	/** One sale in the queue and where it stands. */
	private static final class Entry {

		private final DeviceSale sale;

		private State state = State.PENDING;

		private String reason;

		private Entry(DeviceSale sale) {
			this.sale = sale;
		}

	}

}
