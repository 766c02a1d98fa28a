package com.bidhaa.pos.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import com.bidhaa.pos.shared.ProblemWriter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Who may call what. Cookie sessions (the PWA) need the CSRF header on writes;
 * bearer-token calls (devices, scripts) carry no ambient credentials and skip it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String[] MANAGERS = { "ADMIN", "MANAGER" };

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").path("/"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokens) {
		return new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

	/**
	 * A write riding on a browser session needs the CSRF token, and so does signing in
	 * (login CSRF). A write with no session cookie carries no ambient credentials: it is
	 * simply unauthenticated (401).
	 */
	static boolean needsCsrfToken(HttpServletRequest request) {
		if (!CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)) {
			return false;
		}
		if ("/api/auth/login".equals(request.getRequestURI())) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		return cookies != null
				&& Arrays.stream(cookies).anyMatch((cookie) -> SessionConfiguration.COOKIE.equals(cookie.getName()));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems,
			CsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
			SessionAuthenticationStrategy sessionStrategy, SecurityProperties properties, Clock clock) {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
		http.csrf((csrf) -> csrf.spa()
			.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
			.csrfTokenRepository(csrfTokens)
			.sessionAuthenticationStrategy(sessionStrategy)
			.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearer))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.addFilterBefore(new SessionLifetimeFilter(properties.sessionAbsoluteLifetime(), clock),
					SecurityContextHolderFilter.class)
			.addFilterAfter(new ApiTokenAuthenticationFilter(tokens, problems), SecurityContextHolderFilter.class)
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout((logout) -> logout.logoutUrl("/api/auth/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/auth/login")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/auth/csrf")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/users/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/sync/status", "/api/sync/conflicts/**", "/api/sync/devices/*/code")
				.hasAnyRole(MANAGERS)
				.requestMatchers(HttpMethod.GET, "/api/shop")
				.authenticated()
				.requestMatchers("/api/shop")
				.hasAnyRole(MANAGERS)
				.requestMatchers(HttpMethod.GET, "/api/products/**")
				.authenticated()
				.requestMatchers("/api/products/**")
				.hasAnyRole(MANAGERS)
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll());
		return http.build();
	}

}
