package com.bidhaa.pos.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Base of every domain exception that reaches a client: a status, a stable code and a
 * human detail.
 */
public class ApiException extends ErrorResponseException {

	public ApiException(HttpStatus status, String code, String title, String detail) {
		this(status, code, title, detail, Map.of());
	}

	public ApiException(HttpStatus status, String code, String title, String detail, Map<String, Object> properties) {
		super(status, problem(status, code, title, detail, properties), null);
	}

	/** The stable machine-readable code. */
	public String code() {
		Map<String, Object> properties = getBody().getProperties();
		return (properties != null) ? (String) properties.get("code") : null;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	static ProblemDetail problem(HttpStatus status, String code, String title, String detail,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemTypes.type(code));
		problem.setTitle(title);
		problem.setProperty("code", code);
		properties.forEach(problem::setProperty);
		return problem;
	}

}
