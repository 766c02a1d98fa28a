package com.bidhaa.pos.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.bidhaa.pos.shared.ProblemTypes;
import com.bidhaa.pos.shared.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Security's 401 and 403 answers as problem+json, like every other error of the API.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problems;

	ProblemSecurityHandlers(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthenticated",
				"Sign in, or send a bearer token.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.CSRF_REJECTED,
					"CSRF token missing or invalid",
					"Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header, or use a bearer token.");
			return;
		}
		this.problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Your role does not allow this action.");
	}

}
