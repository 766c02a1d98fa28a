package com.bidhaa.pos.shared;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps Spring MVC's own exceptions to our stable problem codes and readable details.
 */
final class ProblemCodes {

	private ProblemCodes() {
	}

	/** The stable code of a framework exception answered with {@code status}. */
	static String of(Exception ex, int status) {
		if (ex instanceof HttpMessageNotReadableException) {
			return ProblemTypes.MALFORMED_REQUEST;
		}
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException
				|| ex instanceof MissingServletRequestParameterException
				|| ex instanceof MissingRequestHeaderException) {
			return ProblemTypes.VALIDATION_FAILED;
		}
		if (ex instanceof MethodArgumentTypeMismatchException) {
			return ProblemTypes.INVALID_PARAMETER;
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return ProblemTypes.NOT_ACCEPTABLE;
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return ProblemTypes.METHOD_NOT_ALLOWED;
		}
		if (ex instanceof NoResourceFoundException || status == 404) {
			return ProblemTypes.NOT_FOUND;
		}
		if (status == 413) {
			return ProblemTypes.PAYLOAD_TOO_LARGE;
		}
		return (status >= 500) ? ProblemTypes.INTERNAL_ERROR : ProblemTypes.MALFORMED_REQUEST;
	}

	/**
	 * What was wrong with a body that could not be read, naming the field where Jackson
	 * knows it.
	 */
	static String unreadableBodyDetail(Exception ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + path(unknown) + "'.";
		}
		if (cause instanceof InvalidFormatException invalid) {
			return "Field '" + path(invalid) + "' has an invalid value.";
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return "Field '" + path(mismatched) + "' has the wrong type or is missing.";
		}
		if (cause instanceof JacksonException) {
			return "The request body is not valid JSON.";
		}
		return "The request body is missing or cannot be read.";
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
