package com.bidhaa.pos.sales;

import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads one sale of a batch on its own, so a malformed sale is refused alone and never
 * fails the batch.
 */
@Component
public class SaleCommandReader {

	private final JsonMapper json;

	private final Validator validator;

	SaleCommandReader(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/**
	 * The command for a sale sent as JSON, or an {@link ApiException} with code
	 * malformed-request or validation-failed saying what is wrong.
	 */
	public RecordSaleCommand read(JsonNode sale, UUID cashierId, UUID batchDeviceId) {
		SaleRequest request;
		try {
			request = this.json.treeToValue(sale, SaleRequest.class);
		}
		catch (JacksonException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed sale",
					ex.getOriginalMessage());
		}
		if (request == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed sale",
					"A sale must be a JSON object.");
		}
		Set<ConstraintViolation<SaleRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Invalid sale", violations
				.stream()
				.sorted(Comparator.comparing((violation) -> violation.getPropertyPath().toString()))
				.map((violation) -> snakeCase(violation.getPropertyPath().toString()) + " " + violation.getMessage())
				.collect(Collectors.joining("; ")));
		}
		return request.toCommand(cashierId, batchDeviceId);
	}

	private static String snakeCase(String path) {
		return path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
