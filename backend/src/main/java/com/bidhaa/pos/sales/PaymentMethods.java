package com.bidhaa.pos.sales;

import java.util.Locale;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;

final class PaymentMethods {

	private PaymentMethods() {
	}

	/**
	 * Reads a query parameter written as in JSON (cash, mobile_money, card); null stays
	 * null.
	 */
	static PaymentMethod parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PaymentMethod.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"Parameter 'payment_method' must be cash, mobile_money or card.");
		}
	}

}
