package com.bidhaa.pos.security;

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

import java.util.List;

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

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems,
			CsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
			SessionAuthenticationStrategy sessionStrategy) {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
		http.csrf((csrf) -> csrf.spa()
			.csrfTokenRepository(csrfTokens)
			.sessionAuthenticationStrategy(sessionStrategy)
			.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearer))
			.securityContext((context) -> context.securityContextRepository(contexts))
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
