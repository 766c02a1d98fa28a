package com.bidhaa.pos.sales;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * Why a sale cannot be recorded: the only refusals, since the money has already changed
 * hands.
 */
final class SaleExceptions {

	private SaleExceptions() {
	}

	static ApiException invalid(String detail) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_SALE, "Invalid sale", detail);
	}

	static ApiException unknownProducts(Collection<UUID> ids) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_PRODUCT, "Unknown product",
				"The server has never known product(s) " + ids + ".", Map.of("product_ids", ids));
	}

	static ApiException unknownCustomer(UUID id) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_CUSTOMER, "Unknown customer",
				"Customer " + id + " does not exist; send the customer before the sale.");
	}

	static ApiException idConflict(UUID id) {
		return new ApiException(HttpStatus.CONFLICT, ProblemTypes.ID_CONFLICT, "Id already used",
				"Sale " + id + " was already recorded with different content; the stored sale was left unchanged.");
	}

	static ApiException notYours(UUID id) {
		return new ApiException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Sale " + id + " was rung up by another cashier.");
	}

}
