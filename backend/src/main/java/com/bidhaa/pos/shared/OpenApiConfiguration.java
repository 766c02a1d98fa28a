package com.bidhaa.pos.shared;

import java.util.List;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: bearer tokens in Swagger UI, snake_case schemas like the JSON on
 * the wire.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI bidhaaOpenApi() {
		return new OpenAPI().info(new Info().title("Bidhaa POS API").version("v1").description("""
				REST API of Bidhaa POS, an offline-first point of sale. JSON field names are snake_case; \
				money is a JSON number with two decimals in the shop's currency; ids are UUIDs. \
				Every error is application/problem+json with a stable `code`. \
				Authenticate with `Authorization: Bearer <token>` (create one with POST /api/auth/tokens) \
				or with the cookie session of POST /api/auth/login, whose writes need the X-XSRF-TOKEN header."""))
			.servers(List.of(new Server().url("/").description("This server")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("API token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/**
	 * springdoc models schemas with its own Jackson 2 mapper, so it gets the API's naming
	 * here, and the exact bounds of the request records.
	 */
	@Bean
	ModelResolver exactConstraintsModelResolver() {
		com.fasterxml.jackson.databind.ObjectMapper mapper = io.swagger.v3.core.util.Json.mapper()
			.copy()
			.setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
		return new ExactConstraintsModelResolver(mapper);
	}

}
