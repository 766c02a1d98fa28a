package com.bidhaa.pos.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling and how long a browser stays signed in. The session settings are
 * applied by {@link SessionConfiguration} itself: Boot's own session properties do not
 * reach a hand-wired Spring Session.
 *
 * @param maxFailedLogins failed sign-ins in a row before a username is locked for a while
 * @param lockout the first lock's length; each further failure doubles it
 * @param maxLockout the longest lock
 * @param sessionCookieMaxAge how long the session cookie outlives a browser restart after
 * sign-in (never longer than the session's absolute lifetime)
 * @param sessionIdleTimeout a session unused this long ends
 * @param sessionAbsoluteLifetime a session this old ends however active it is
 */
@Validated
@ConfigurationProperties("pos.security")
record SecurityProperties(@DefaultValue("5") @Min(1) int maxFailedLogins, @DefaultValue("30s") Duration lockout,
		@DefaultValue("15m") Duration maxLockout, @DefaultValue("12h") Duration sessionCookieMaxAge,
		@DefaultValue("12h") Duration sessionIdleTimeout, @DefaultValue("7d") Duration sessionAbsoluteLifetime) {

	/**
	 * The cookie's Max-Age in seconds: the configured age within the absolute lifetime.
	 */
	int cookieMaxAgeSeconds() {
		return (int) Math.min(this.sessionCookieMaxAge.toSeconds(), this.sessionAbsoluteLifetime.toSeconds());
	}

}
