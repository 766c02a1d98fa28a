package com.bidhaa.pos.security;

import java.time.Duration;
import java.util.Map;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;

class LoginRejectedException extends ApiException {

	private LoginRejectedException(HttpStatus status, String code, String title, String detail,
			Map<String, Object> properties) {
		super(status, code, title, detail, properties);
	}

	static LoginRejectedException badCredentials() {
		return new LoginRejectedException(HttpStatus.UNAUTHORIZED, ProblemTypes.BAD_CREDENTIALS, "Sign-in failed",
				"Wrong username or password.", Map.of());
	}

	static LoginRejectedException locked(Duration retryAfter) {
		long seconds = Math.max(1, retryAfter.toSeconds() + ((retryAfter.toMillisPart() > 0) ? 1 : 0));
		LoginRejectedException ex = new LoginRejectedException(HttpStatus.TOO_MANY_REQUESTS,
				ProblemTypes.TOO_MANY_ATTEMPTS, "Too many attempts",
				"Too many failed sign-ins. Try again in " + seconds + " seconds.", Map.of("retry_after", seconds));
		ex.getHeaders().set("Retry-After", Long.toString(seconds));
		return ex;
	}

}
