package com.bidhaa.pos.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin, created at start when no user exists.
 *
 * @param adminUsername the first admin's username ({@code BIDHAA_ADMIN_USERNAME})
 * @param adminPassword the first admin's password ({@code BIDHAA_ADMIN_PASSWORD}); blank
 * means a random one, printed once in the log
 */
@Validated
@ConfigurationProperties("pos.users")
public record UsersProperties(@DefaultValue("admin") String adminUsername, String adminPassword) {
}
