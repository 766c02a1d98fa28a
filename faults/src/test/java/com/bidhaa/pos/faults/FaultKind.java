package com.bidhaa.pos.faults;

/**
 * What the proxy does to one request, as the summary names it.
 */
enum FaultKind {

	PASS("passed unharmed", 46, false),

	DELAY("delayed by up to 300 ms", 14, false),

	DROP_BEFORE_FORWARD("connection dropped before the request reached the server", 7, false),

	DROP_AFTER_COMMIT("connection dropped after the server answered (it had committed)", 8, false),

	CUT_MID_BODY("answer cut off mid-body", 7, false),

	BAD_GATEWAY_AFTER_COMMIT("answered 502 although the server had committed", 7, false),

	DUPLICATE_BATCH("batch (push or bulk_create) sent to the server twice, one answer returned", 6, true),

	REORDER_BATCH("batch held back and delivered after the device's next one", 5, true);

	private final String description;

	private final int weight;

	private final boolean batchOnly;

	FaultKind(String description, int weight, boolean batchOnly) {
		this.description = description;
		this.weight = weight;
		this.batchOnly = batchOnly;
	}

	String description() {
		return this.description;
	}

	/** How often the plan picks it, out of the sum of all weights. */
	int weight() {
		return this.weight;
	}

	/** Whether it only makes sense for a device's batch (other requests pass instead). */
	boolean batchOnly() {
		return this.batchOnly;
	}

}
