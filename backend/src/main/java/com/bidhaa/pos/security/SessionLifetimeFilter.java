package com.bidhaa.pos.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than its absolute lifetime before security reads it, however
 * active it was: the request goes on unauthenticated (401 on the API) and the user signs
 * in again. Spring Session only knows an idle timeout.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration lifetime;

	private final Clock clock;

	SessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null
				&& Instant.ofEpochMilli(session.getCreationTime()).plus(this.lifetime).isBefore(this.clock.instant())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
