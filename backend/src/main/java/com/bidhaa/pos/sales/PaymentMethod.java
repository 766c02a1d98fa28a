package com.bidhaa.pos.sales;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the customer paid.
 */
public enum PaymentMethod {

	@JsonProperty("cash")
	CASH,

	/**
	 * M-Pesa, Tigo Pesa, Airtel Money and the like; the sale keeps the transaction
	 * reference.
	 */
	@JsonProperty("mobile_money")
	MOBILE_MONEY,

	@JsonProperty("card")
	CARD

}
