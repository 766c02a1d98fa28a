package com.bidhaa.pos.security;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.bidhaa.pos.users.UserAccount;
import com.bidhaa.pos.users.UsersApi;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Auth", description = "Cookie sessions for the PWA, and who is signed in")
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final UsersApi users;

	private final LoginThrottle throttle;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts;

	private final AuthMapper mapper;

	AuthController(UsersApi users, LoginThrottle throttle, SessionAuthenticationStrategy sessionStrategy,
			SecurityContextRepository contexts, AuthMapper mapper) {
		this.users = users;
		this.throttle = throttle;
		this.sessionStrategy = sessionStrategy;
		this.contexts = contexts;
		this.mapper = mapper;
	}

	@Operation(summary = "Sign in and start a cookie session",
			description = "Answers 429 too-many-attempts with Retry-After after repeated failures. Needs the "
					+ "X-XSRF-TOKEN header like every cookie-session write (GET /api/auth/csrf sets the cookie).")
	@PostMapping("/login")
	MeResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http, HttpServletResponse response) {
		String username = request.username().trim().toLowerCase(Locale.ROOT);
		this.throttle.lockedFor(username).ifPresent((left) -> {
			throw LoginRejectedException.locked(left);
		});
		UserAccount account = this.users.authenticate(username, request.password()).orElse(null);
		if (account == null) {
			this.throttle.recordFailure(username);
			throw LoginRejectedException.badCredentials();
		}
		this.throttle.reset(username);
		AuthenticatedUser user = this.mapper.toPrincipal(account);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.authorities());
		this.sessionStrategy.onAuthentication(authentication, http, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, http, response);
		if (http.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		return this.mapper.toMe(user);
	}

	@Operation(summary = "Who is signed in (by session or token)")
	@GetMapping("/me")
	MeResponse me(@AuthenticationPrincipal AuthenticatedUser user) {
		return this.mapper.toMe(user);
	}

	@Operation(summary = "Set the XSRF-TOKEN cookie",
			description = "A single-page app calls this once before its first write if it has no cookie yet.")
	@GetMapping("/csrf")
	ResponseEntity<Void> csrf() {
		return ResponseEntity.noContent().build();
	}

}
