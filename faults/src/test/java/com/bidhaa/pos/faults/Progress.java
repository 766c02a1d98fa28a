package com.bidhaa.pos.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many sales the server has confirmed to their tills so far, across all tills: the
 * clock the server kills are timed by.
 */
final class Progress {

	private final AtomicInteger confirmed = new AtomicInteger();

	void confirmed() {
		this.confirmed.incrementAndGet();
	}

	int confirmedSales() {
		return this.confirmed.get();
	}

}
