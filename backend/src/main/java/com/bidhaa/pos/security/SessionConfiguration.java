package com.bidhaa.pos.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Browser sessions live in the database (tables from migration V2), so any API instance
 * serves any signed-in browser and a restart signs nobody out. Wiring Spring Session by
 * hand turns Boot's session properties off (issue 14), so the idle timeout and the
 * cookie's age come from {@link SecurityProperties} here; the absolute lifetime is
 * enforced by {@link SessionLifetimeFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	/** The session cookie's name. */
	static final String COOKIE = "BIDHAA_SESSION";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIdleTimeout(SecurityProperties properties) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(properties.sessionIdleTimeout());
	}

	/**
	 * A persistent cookie, so an installed till is still signed in after the browser or
	 * the tablet restarts.
	 */
	@Bean
	CookieSerializer cookieSerializer(SecurityProperties properties) {
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName(COOKIE);
		cookies.setUseHttpOnlyCookie(true);
		cookies.setSameSite("Lax");
		cookies.setCookiePath("/");
		cookies.setCookieMaxAge(properties.cookieMaxAgeSeconds());
		return cookies;
	}

}
