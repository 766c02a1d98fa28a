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
 * hashed files are cached long, the page itself is not, the service worker is revalidated
 * and the manifest has its media type; health is public.
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
	void shouldRevalidateTheServiceWorkerOnEveryFetch() {
		TestResponse worker = TestApi.anonymous(this.port)
			.raw("GET", "/sw.js", null, java.util.Map.of("Accept", "*/*"));

		assertThat(worker.status()).isEqualTo(200);
		assertThat(worker.contentType()).contains("javascript");
		assertThat(worker.body()).as("the precache manifest was injected").contains("index.html");
		assertThat(worker.headers().firstValue("Cache-Control").orElse("")).contains("no-cache")
			.doesNotContain("no-store");
	}

	@Test
	void shouldServeTheWebAppManifest() {
		TestResponse manifest = TestApi.anonymous(this.port)
			.raw("GET", "/manifest.webmanifest", null, java.util.Map.of("Accept", "*/*"));

		assertThat(manifest.status()).isEqualTo(200);
		assertThat(manifest.contentType()).startsWith("application/manifest+json");
		assertThat(manifest.field("name")).isEqualTo("Bidhaa POS");
	}

	@Test
	void shouldCacheIconsForADay() {
		TestResponse icon = TestApi.anonymous(this.port)
			.raw("GET", "/icons/icon-192.png", null, java.util.Map.of("Accept", "image/*"));

		assertThat(icon.status()).isEqualTo(200);
		assertThat(icon.contentType()).isEqualTo("image/png");
		assertThat(icon.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400")
			.doesNotContain("no-store");
	}

	@Test
	void shouldAnswerHealthToAnyone() {
		TestResponse health = TestApi.anonymous(this.port).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.field("status")).isEqualTo("UP");
	}

}
