package com.bidhaa.pos.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling.
 *
 * @param maxFailedLogins failed sign-ins in a row before a username is locked for a while
 * @param lockout the first lock's length; each further failure doubles it
 * @param maxLockout the longest lock
 */
@Validated
@ConfigurationProperties("pos.security")
record SecurityProperties(@DefaultValue("5") @Min(1) int maxFailedLogins, @DefaultValue("30s") Duration lockout,
		@DefaultValue("15m") Duration maxLockout) {
}
