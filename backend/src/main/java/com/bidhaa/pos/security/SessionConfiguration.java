package com.bidhaa.pos.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Browser sessions live in the database (tables from migration V2), so any API instance
 * serves any signed-in browser and a restart signs nobody out.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 12 * 60 * 60)
class SessionConfiguration {

	/** The session cookie's name. */
	static final String COOKIE = "BIDHAA_SESSION";

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName(COOKIE);
		cookies.setUseHttpOnlyCookie(true);
		cookies.setSameSite("Lax");
		cookies.setCookiePath("/");
		return cookies;
	}

}
