package com.bidhaa.pos.shared;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a NUL character in query parameters with 400 before it reaches a query:
 * PostgreSQL cannot take it and would answer with an error. (JSON bodies are checked by
 * {@link StrictStringDeserializer}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class NulCharacterFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	NulCharacterFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
			this.problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER,
					"Invalid parameter", "Query parameters may not contain a NUL character.");
			return;
		}
		chain.doFilter(request, response);
	}

}
