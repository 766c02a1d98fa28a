package com.bidhaa.pos.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal money: two decimals, half-up, never a binary floating point.
 */
public final class Money {

	/** Decimals kept on every amount. */
	public static final int SCALE = 2;

	/** Decimals kept on every quantity (goods sold by weight or volume). */
	public static final int QUANTITY_SCALE = 3;

	/** The largest amount stored (NUMERIC(14, 2)). */
	public static final BigDecimal MAX = new BigDecimal("999999999999.99");

	private Money() {
	}

	/** The amount rounded half-up to two decimals. */
	public static BigDecimal of(BigDecimal amount) {
		return amount.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The line total of {@code quantity} at {@code unitPrice}, rounded to two decimals.
	 */
	public static BigDecimal times(BigDecimal quantity, BigDecimal unitPrice) {
		return of(quantity.multiply(unitPrice));
	}

	/** True when the amount can be stored. */
	public static boolean fits(BigDecimal amount) {
		return amount.abs().compareTo(MAX) <= 0;
	}

	/** True when the two amounts are equal after rounding to two decimals. */
	public static boolean same(BigDecimal a, BigDecimal b) {
		return of(a).compareTo(of(b)) == 0;
	}

}
