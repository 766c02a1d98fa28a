package com.bidhaa.pos.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A till's queue of mutations in the order they were made, each with its state and the id
 * it keeps across every retry; an entry leaves the queue only when the server has
 * answered it, and answered entries stay here for the checks.
 */
final class DeviceOutbox {

	/** Where a mutation stands. */
	enum State {

		/** Waiting to be sent, or sent and not answered (it is sent again). */
		PENDING,

		/** In a request whose answer has not arrived yet. */
		SENDING,

		/** The server answered applied (created) or duplicate. */
		CONFIRMED,

		/**
		 * A product edit refused as stale, settled by a new mutation made on the server's
		 * current version (the app's "Keep mine").
		 */
		SETTLED,

		/** The server refused it; it is kept and shown as needing attention. */
		REJECTED

	}

	private final Map<UUID, Entry> entries = new LinkedHashMap<>();

	/** Queues an intent under a new mutation id; answers the id. */
	synchronized UUID add(Intent intent) {
		UUID id = UUID.randomUUID();
		this.entries.put(id, new Entry(id, intent));
		return id;
	}

	/** Up to {@code max} of the oldest pending mutations, now marked as sending. */
	synchronized List<Entry> nextBatch(int max) {
		List<Entry> batch = new ArrayList<>();
		for (Entry entry : this.entries.values()) {
			if (batch.size() == max) {
				break;
			}
			if (entry.state == State.PENDING) {
				entry.state = State.SENDING;
				batch.add(entry);
			}
		}
		return batch;
	}

	/** The answer to these never arrived: they go back to pending, in place. */
	synchronized void unanswered(List<Entry> batch) {
		batch.forEach((entry) -> entry.state = State.PENDING);
	}

	/** Answered applied or duplicate ({@code status}). */
	synchronized void confirm(Entry entry, String status) {
		entry.state = State.CONFIRMED;
		entry.answer = status;
	}

	synchronized void settle(Entry entry, String reason) {
		entry.state = State.SETTLED;
		entry.answer = "rejected";
		entry.reason = reason;
	}

	synchronized void reject(Entry entry, String reason) {
		entry.state = State.REJECTED;
		entry.answer = "rejected";
		entry.reason = reason;
	}

	/** How many mutations the server has not answered yet. */
	synchronized int unconfirmed() {
		return (int) this.entries.values()
			.stream()
			.filter((entry) -> entry.state == State.PENDING || entry.state == State.SENDING)
			.count();
	}

	synchronized int count(State state) {
		return (int) this.entries.values().stream().filter((entry) -> entry.state == state).count();
	}

	/** Every mutation made, in order. */
	synchronized List<Entry> entries() {
		return List.copyOf(this.entries.values());
	}

	/** Every sale rung up, in order. */
	synchronized List<DeviceSale> sales() {
		return this.entries.values()
			.stream()
			.map(Entry::intent)
			.filter(DeviceSale.class::isInstance)
			.map(DeviceSale.class::cast)
			.toList();
	}

	/** The refused mutations with the server's reasons. */
	synchronized List<String> rejections() {
		return this.entries.values()
			.stream()
			.filter((entry) -> entry.state == State.REJECTED)
			.map((entry) -> entry.intent.name() + " " + entry.id + ": " + entry.reason)
			.toList();
	}

	/** One mutation in the queue and where it stands. */
	static final class Entry {

		private final UUID id;

		private final Intent intent;

		private volatile State state = State.PENDING;

		private volatile String answer;

		private volatile String reason;

		private Entry(UUID id, Intent intent) {
			this.id = id;
			this.intent = intent;
		}

		/** The mutation id, the same in every request that carries it. */
		UUID id() {
			return this.id;
		}

		Intent intent() {
			return this.intent;
		}

		State state() {
			return this.state;
		}

		/**
		 * The last status the server answered (applied, duplicate, rejected), or null.
		 */
		String answer() {
			return this.answer;
		}

		/** Why the server refused it, or null. */
		String reason() {
			return this.reason;
		}

		/** The mutation as the push sends it. */
		Map<String, Object> toJson() {
			Map<String, Object> mutation = new LinkedHashMap<>();
			mutation.put("id", this.id);
			mutation.put("name", this.intent.name());
			mutation.put("args", this.intent.toArgs());
			return mutation;
		}

	}

}
