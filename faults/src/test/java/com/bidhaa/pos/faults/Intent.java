package com.bidhaa.pos.faults;

import java.util.Map;
import java.util.UUID;

/**
 * What a till did offline, as one typed mutation of the push (docs/sync-protocol.md,
 * "Mutation kinds"): its name, its args, and the record it is about.
 */
sealed interface Intent permits DeviceSale, CustomerEdit, ProductEdit, StockChange {

	/** The mutation's name, such as {@code sale.record}. */
	String name();

	/** The mutation's args as the push sends them. */
	Map<String, Object> toArgs();

	/** The record the server's applied-mutation log names for it. */
	UUID recordId();

}
