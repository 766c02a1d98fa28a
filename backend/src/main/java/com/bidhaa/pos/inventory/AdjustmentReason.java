package com.bidhaa.pos.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why stock changed outside a sale.
 */
public enum AdjustmentReason {

	/** Goods delivered by a supplier. */
	@JsonProperty("received")
	RECEIVED,

	/** A count found a different figure; the device sends the difference. */
	@JsonProperty("count")
	COUNT,

	@JsonProperty("damaged")
	DAMAGED,

	@JsonProperty("expired")
	EXPIRED,

	/** A customer brought goods back. */
	@JsonProperty("returned")
	RETURNED,

	@JsonProperty("lost")
	LOST,

	@JsonProperty("correction")
	CORRECTION

}
