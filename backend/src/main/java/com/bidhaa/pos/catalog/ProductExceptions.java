package com.bidhaa.pos.catalog;

import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * The catalogue's refusals, each with its stable code.
 */
final class ProductExceptions {

	private ProductExceptions() {
	}

	static NotFoundException notFound(UUID id) {
		return new NotFoundException("Product", id);
	}

	static ApiException unknownProduct(UUID id) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_PRODUCT, "Unknown product",
				"The server has never known product " + id + ".");
	}

	static ApiException duplicateSku(String sku) {
		return new ApiException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_SKU, "SKU taken",
				"Another product already has SKU '" + sku + "'.");
	}

	static ApiException duplicateBarcode(String barcode) {
		return new ApiException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_BARCODE, "Barcode taken",
				"Another product already has barcode '" + barcode + "'.");
	}

	static ApiException idConflict(UUID id) {
		return new ApiException(HttpStatus.CONFLICT, ProblemTypes.ID_CONFLICT, "Id already used",
				"Product " + id + " already exists with different details; it was left unchanged.");
	}

	static ApiException preconditionRequired() {
		return new ApiException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
				"If-Match required", "Send If-Match with the version you edited, e.g. If-Match: \"42\".");
	}

	/**
	 * The edit was made on an older version; the body carries the current record for a
	 * person to compare.
	 */
	static ApiException stale(ProductResponse current) {
		return new ApiException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
				"Product changed meanwhile",
				"The product was changed since version you edited; compare with 'current' and send again.",
				Map.of("current", current));
	}

}
