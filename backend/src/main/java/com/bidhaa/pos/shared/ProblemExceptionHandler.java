package com.bidhaa.pos.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception into an RFC 9457 problem with a stable {@code code}; a 500 never
 * carries its cause to the client, only to the log.
 */
@RestControllerAdvice
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ProblemExceptionHandler.class);

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail handleAccessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Your role does not allow this action.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail handleUnexpected(Exception ex) {
		if (isTooLarge(ex)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
					rootCause(ex).getMessage());
		}
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
				"The server could not complete the request. Nothing was stored; try again.");
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (ex instanceof HttpMessageNotReadableException && isTooLarge(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
						rootCause(ex).getMessage()));
		}
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			describe(ex, problem);
		}
		return response;
	}

	private void describe(Exception ex, ProblemDetail problem) {
		if (ex instanceof ApiException) {
			return;
		}
		String code = ProblemCodes.of(ex, problem.getStatus());
		problem.setType(ProblemTypes.type(code));
		problem.setProperty("code", code);
		if (ex instanceof HttpMessageNotReadableException) {
			problem.setTitle("Malformed request");
			problem.setDetail(ProblemCodes.unreadableBodyDetail(ex));
		}
		else if (ex instanceof MethodArgumentNotValidException invalid) {
			problem.setTitle("Validation failed");
			problem.setDetail("Some fields are not valid.");
			problem.setProperty("errors", fieldErrors(invalid.getBindingResult().getFieldErrors()));
		}
		else if (ex instanceof HandlerMethodValidationException invalid) {
			problem.setTitle("Validation failed");
			problem.setProperty("errors",
					invalid.getParameterValidationResults()
						.stream()
						.flatMap((result) -> result.getResolvableErrors()
							.stream()
							.map((error) -> fieldError(result.getMethodParameter().getParameterName(),
									error.getDefaultMessage())))
						.toList());
		}
		else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			problem.setTitle("Invalid parameter");
			problem.setDetail("Parameter '" + mismatch.getName() + "' has an invalid value.");
		}
	}

	private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
		return errors.stream()
			.map((error) -> fieldError(snakeCase(error.getField()), error.getDefaultMessage()))
			.toList();
	}

	private static Map<String, String> fieldError(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	private static String snakeCase(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	private static boolean isTooLarge(Throwable ex) {
		return rootCause(ex) instanceof RequestTooLargeException;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemTypes.type(code));
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

}
