package com.bidhaa.pos.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the committed contract, {@code openapi.yaml} at the repository root, is what
 * the running API serves. Regenerate it with {@code -Dopenapi.update=true} (see the
 * README).
 */
@IntegrationTest
class OpenApiContractTests {

	private static final Path CONTRACT = Path.of("..", "openapi.yaml");

	@LocalServerPort
	int port;

	@Test
	void shouldServeTheCommittedContract() throws Exception {
		TestResponse served = TestApi.anonymous(this.port)
			.raw("GET", "/v3/api-docs.yaml", null, java.util.Map.of("Accept", "*/*"));
		assertThat(served.status()).isEqualTo(200);
		String yaml = served.body().strip() + "\n";

		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(CONTRACT, yaml, StandardCharsets.UTF_8);
		}

		assertThat(CONTRACT).as("openapi.yaml is missing; regenerate it with -Dopenapi.update=true").exists();
		assertThat(yaml).as("openapi.yaml differs from the served contract; regenerate it with -Dopenapi.update=true")
			.isEqualTo(Files.readString(CONTRACT, StandardCharsets.UTF_8));
	}

	@Test
	void shouldOfferBearerTokensInSwaggerUi() {
		TestResponse docs = TestApi.anonymous(this.port).get("/v3/api-docs");

		assertThat(docs.json().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(TestApi.anonymous(this.port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void shouldNameJsonFieldsInSnakeCase() {
		TestResponse docs = TestApi.anonymous(this.port).get("/v3/api-docs");

		assertThat(
				docs.json().path("components").path("schemas").path("SaleRequest").path("properties").propertyNames())
			.contains("sale_number", "device_seq", "payment_method", "amount_tendered", "total_amount")
			.doesNotContain("saleNumber");
	}

}
