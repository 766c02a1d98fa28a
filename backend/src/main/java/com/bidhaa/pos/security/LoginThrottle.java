package com.bidhaa.pos.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a growing while after repeated failed sign-ins. Kept in the
 * database so every API instance behind a load balancer counts the same failures.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the username stays locked, if it is. */
	@Transactional(readOnly = true)
	Optional<Duration> lockedFor(String username) {
		return this.jdbc.sql("SELECT locked_until FROM login_attempts WHERE username = ? AND locked_until IS NOT NULL")
			.param(username)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.map((until) -> Duration.between(this.clock.instant(), until))
			.filter((left) -> !left.isNegative() && !left.isZero());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String username) {
		Instant now = this.clock.instant();
		this.jdbc.sql(
				"INSERT INTO login_attempts (username, failures, last_failure_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
			.params(username, utc(now))
			.update();
		this.jdbc.sql("UPDATE login_attempts SET failures = failures + 1, last_failure_at = ? WHERE username = ?")
			.params(utc(now), username)
			.update();
		int failures = this.jdbc.sql("SELECT failures FROM login_attempts WHERE username = ?")
			.param(username)
			.query(Integer.class)
			.single();
		int over = failures - this.properties.maxFailedLogins();
		if (over >= 0) {
			Duration lock = this.properties.lockout().multipliedBy(1L << Math.min(over, 20));
			if (lock.compareTo(this.properties.maxLockout()) > 0) {
				lock = this.properties.maxLockout();
			}
			this.jdbc.sql("UPDATE login_attempts SET locked_until = ? WHERE username = ?")
				.params(utc(now.plus(lock)), username)
				.update();
		}
	}

	@Transactional
	void reset(String username) {
		this.jdbc.sql("DELETE FROM login_attempts WHERE username = ?").param(username).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
