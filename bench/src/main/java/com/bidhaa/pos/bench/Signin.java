package com.bidhaa.pos.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

/**
 * Signs a user in once as a browser does (CSRF cookie, then a session) to make the bearer
 * token that every later call of that user carries.
 */
final class Signin {

	private final URI base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private Signin(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Signs in with the password and answers the secret of a new token. */
	static String token(int port, String username, String password) throws IOException, InterruptedException {
		Signin browser = new Signin(port);
		browser.call("GET", "/api/auth/csrf", null, 204, 200);
		browser.call("POST", "/api/auth/login", Map.of("username", username, "password", password), 200);
		String created = browser.call("POST", "/api/auth/tokens", Map.of("name", "bench " + username), 201);
		return ApiClient.JSON.readTree(created).path("secret").asString();
	}

	private String call(String method, String path, Object body, int... expected)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.method(method,
					(body != null) ? BodyPublishers.ofByteArray(ApiClient.JSON.writeValueAsBytes(body))
							: BodyPublishers.noBody())
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken());
		}
		HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
		for (int status : expected) {
			if (response.statusCode() == status) {
				return response.body();
			}
		}
		throw new IllegalStateException(
				method + " " + path + " answered " + response.statusCode() + " " + response.body());
	}

	private String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie"));
	}

}
