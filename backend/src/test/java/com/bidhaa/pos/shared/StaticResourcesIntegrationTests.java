package com.bidhaa.pos.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StaticResourcesConfiguration}: the PWA is served at {@code /}, its
 * hashed files are cached long, the page itself is not; health is public.
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldServeTheAppAtRootWithoutCaching() {
		TestResponse page = TestApi.anonymous(this.port).raw("GET", "/", null, java.util.Map.of("Accept", "text/html"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Bidhaa POS");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	@Test
	void shouldCacheHashedAssetsForAYear() {
		TestResponse page = TestApi.anonymous(this.port).raw("GET", "/", null, java.util.Map.of("Accept", "text/html"));
		Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(page.body());
		assertThat(script.find()).as("index.html names a script under /assets/").isTrue();

		TestResponse asset = TestApi.anonymous(this.port)
			.raw("GET", script.group(), null, java.util.Map.of("Accept", "*/*"));

		assertThat(asset.status()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000")
			.contains("immutable")
			.doesNotContain("no-store");
	}

	@Test
	void shouldAnswerHealthToAnyone() {
		TestResponse health = TestApi.anonymous(this.port).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.field("status")).isEqualTo("UP");
	}

}
