package com.bidhaa.pos.shared;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the problem+json answers of every API operation in the contract: the common
 * ones for all, the specific ones (conflicts, stale versions, refused sales) per
 * operation, 201 where a create answers it, and 204 where an answer has no body.
 */
@Component
class ProblemResponsesCustomizer implements OpenApiCustomizer {

	private static final String PROBLEM = "Problem";

	/** Statuses an operation answers beyond the common ones, keyed by "METHOD path". */
	private static final Map<String, List<String>> SPECIFIC = Map.ofEntries(
			Map.entry("POST /api/auth/login", List.of("429")), Map.entry("POST /api/products", List.of("201", "409")),
			Map.entry("PUT /api/products/{id}", List.of("409", "412", "428")),
			Map.entry("POST /api/products/{id}/stock_adjustments", List.of("201", "409")),
			Map.entry("PUT /api/customers/{id}", List.of("201")),
			Map.entry("POST /api/sales", List.of("201", "409", "422")),
			Map.entry("POST /api/users", List.of("201", "409")), Map.entry("PATCH /api/users/{id}", List.of("409")),
			Map.entry("POST /api/auth/tokens", List.of("201")), Map.entry("GET /api/products/sync", List.of("410")),
			Map.entry("GET /api/customers/sync", List.of("410")), Map.entry("GET /api/sales/sync", List.of("410")),
			Map.entry("PUT /api/sync/devices/{id}/code", List.of("409")));

	private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(Map.entry("201", "Created"),
			Map.entry("400",
					"malformed-request, validation-failed, invalid-parameter, invalid-cursor or invalid-device-code"),
			Map.entry("401", "unauthenticated (or bad-credentials when signing in)"),
			Map.entry("403", "forbidden for this role, or csrf-rejected for a cookie-session write"),
			Map.entry("404", "not-found"),
			Map.entry("409",
					"id-conflict, duplicate-sku, duplicate-barcode, duplicate-username, last-admin or device-code-taken"),
			Map.entry("412", "precondition-failed: the record changed since the version sent; 'current' holds it"),
			Map.entry("410", "cursor-expired: pull again without last_sync, keep the outbox"),
			Map.entry("413", "payload-too-large, or batch-too-large for more than 500 sales or mutations"),
			Map.entry("415", "unsupported-media-type"),
			Map.entry("422", "unknown-product, unknown-customer or invalid-sale: the sale cannot be recorded"),
			Map.entry("428", "precondition-required: send If-Match"),
			Map.entry("429", "too-many-attempts; Retry-After says when to try again"),
			Map.entry("500", "internal-error; nothing was stored"));

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		openApi.getPaths().forEach((path, item) -> {
			if (path.startsWith("/api/")) {
				item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
			}
		});
	}

	private void describe(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		ApiResponse empty = responses.get("200");
		if (empty != null && empty.getContent() == null) {
			responses.remove("200");
			responses.addApiResponse("204", new ApiResponse().description("No Content"));
		}
		for (String status : List.of("400", "401", "403", "500")) {
			responses.addApiResponse(status, problem(status));
		}
		if (path.contains("{")) {
			responses.addApiResponse("404", problem("404"));
		}
		if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
				|| method == PathItem.HttpMethod.PATCH) {
			responses.addApiResponse("413", problem("413"));
			responses.addApiResponse("415", problem("415"));
		}
		for (String status : SPECIFIC.getOrDefault(method + " " + path, List.of())) {
			if (status.equals("201")) {
				ApiResponse ok = responses.get("200");
				responses.addApiResponse("201",
						new ApiResponse().description("Created").content((ok != null) ? ok.getContent() : null));
				if (ok != null) {
					ok.description("Already recorded: the same request was sent before; the stored record");
				}
			}
			else {
				responses.addApiResponse(status, problem(status));
			}
		}
	}

	private static ApiResponse problem(String status) {
		return new ApiResponse().description(DESCRIPTIONS.get(status))
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().description("snake_case path of the field"));
		fieldError.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details; switch on 'code', never on 'detail'");
		problem.addProperty("type", new StringSchema().format("uri"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("code", new StringSchema().description("stable machine-readable code, e.g. id-conflict"));
		problem.addProperty("errors", new ArraySchema().items(fieldError).description("for validation-failed"));
		problem.addProperty("current", new ObjectSchema().description("for precondition-failed: the stored record"));
		problem.addProperty("retry_after", new IntegerSchema().description("for too-many-attempts: seconds"));
		problem.setRequired(List.of("type", "title", "status", "code"));
		return problem;
	}

}
