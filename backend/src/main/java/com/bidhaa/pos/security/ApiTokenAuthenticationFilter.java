package com.bidhaa.pos.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.bidhaa.pos.shared.ProblemTypes;
import com.bidhaa.pos.shared.ProblemWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests. A presented token that is
 * not valid is answered 401 at once, never passed on as anonymous.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ProblemWriter problems;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
		Optional<AuthenticatedUser> user = presented.isEmpty() ? Optional.empty() : this.tokens.authenticate(presented);
		if (user.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					"Unauthenticated", "The bearer token is unknown, revoked, or its user is disabled.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().authorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
