package com.bidhaa.pos.shared;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors raised outside controllers (the servlet container, the request firewall)
 * as problem+json too, instead of Boot's default error body.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		String problemCode = switch (status) {
			case NOT_FOUND -> ProblemTypes.NOT_FOUND;
			case METHOD_NOT_ALLOWED -> ProblemTypes.METHOD_NOT_ALLOWED;
			case CONTENT_TOO_LARGE -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case UNAUTHORIZED -> ProblemTypes.UNAUTHENTICATED;
			case FORBIDDEN -> ProblemTypes.FORBIDDEN;
			default -> status.is5xxServerError() ? ProblemTypes.INTERNAL_ERROR : ProblemTypes.MALFORMED_REQUEST;
		};
		String detail = status.is5xxServerError() ? "The server could not complete the request."
				: "The request was rejected: " + status.getReasonPhrase() + ".";
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemExceptionHandler.problem(status, problemCode, status.getReasonPhrase(), detail));
	}

}
