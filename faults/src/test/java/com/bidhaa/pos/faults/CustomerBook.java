package com.bidhaa.pos.faults;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The customers every till knows (as from a pull): one enters once the server has
 * answered its creation, and any till may then edit it. Also the tills' clock for edit
 * times, strictly increasing across tills so that "the later edit of a field" is never a
 * tie.
 */
final class CustomerBook {

	private static final ZoneOffset SHOP_TIME = ZoneOffset.ofHours(3);

	private final List<UUID> known = new CopyOnWriteArrayList<>();

	private final AtomicLong lastEdit = new AtomicLong();

	/** The server answered this customer's creation: every till may edit it now. */
	void created(UUID customer) {
		this.known.add(customer);
	}

	/** A customer some till created, or null while there is none. */
	UUID pick(Random random) {
		List<UUID> customers = List.copyOf(this.known);
		return customers.isEmpty() ? null : customers.get(random.nextInt(customers.size()));
	}

	int size() {
		return this.known.size();
	}

	/** Now, in the shop's time zone, one millisecond past the last edit at least. */
	OffsetDateTime editTime() {
		long millis = this.lastEdit.updateAndGet((last) -> Math.max(last + 1, System.currentTimeMillis()));
		return Instant.ofEpochMilli(millis).atOffset(SHOP_TIME);
	}

}
