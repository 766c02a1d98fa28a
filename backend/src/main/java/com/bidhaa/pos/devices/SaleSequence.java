package com.bidhaa.pos.devices;

/**
 * How far a device's gapless sale sequence (1, 2, 3, …) has reached the server.
 *
 * @param contiguous the highest n such that sales 1..n have all arrived
 * @param max the highest sequence number that has arrived
 */
public record SaleSequence(long contiguous, long max) {

	/** The sequence after sale {@code seq} arrived, before contiguous is advanced. */
	public SaleSequence received(long seq) {
		return new SaleSequence(this.contiguous, Math.max(this.max, seq));
	}

	/** The sequence with contiguous advanced by one. */
	public SaleSequence advanced() {
		return new SaleSequence(this.contiguous + 1, this.max);
	}

}
