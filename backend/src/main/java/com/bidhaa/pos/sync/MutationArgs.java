package com.bidhaa.pos.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Reads and checks one mutation's args (or one sale of a batch) on its own, so what
 * cannot be read is refused alone and never fails the request.
 */
@Component
class MutationArgs {

	private final JsonMapper json;

	private final Validator validator;

	MutationArgs(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/**
	 * The args as {@code type}, or an {@link ApiException}: malformed-request when they
	 * cannot be read, validation-failed naming each field as {@code <prefix><field>}.
	 */
	<A> A read(JsonNode args, Class<A> type, String prefix) {
		A value;
		try {
			value = (args == null || args.isMissingNode()) ? null : this.json.treeToValue(args, type);
		}
		catch (JacksonException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
					ex.getOriginalMessage());
		}
		if (value == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
					"The args must be a JSON object.");
		}
		Set<ConstraintViolation<A>> violations = this.validator.validate(value);
		if (!violations.isEmpty()) {
			List<Map<String, String>> errors = violations.stream()
				.map((violation) -> Map.of("field", snakeCase(violation.getPropertyPath().toString()), "message",
						violation.getMessage()))
				.sorted(Comparator.comparing((Map<String, String> error) -> error.get("field")))
				.toList();
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
					errors.stream()
						.map((error) -> error.get("field") + " " + error.get("message"))
						.collect(Collectors.joining("; ")),
					Map.of("errors", errors.stream()
						.map((error) -> Map.of("field", prefix + error.get("field"), "message", error.get("message")))
						.toList()));
		}
		return value;
	}

	private static String snakeCase(String path) {
		return path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
