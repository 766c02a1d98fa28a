package com.bidhaa.pos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running API, as a browser (cookie session that sends the CSRF header)
 * or as a device or script (bearer token).
 */
public final class TestApi {

	/** The first admin's username in tests. */
	public static final String ADMIN = "admin";

	/** The first admin's password in tests. */
	public static final String ADMIN_PASSWORD = "admin-password-1";

	/** The password of users that tests create. */
	public static final String PASSWORD = "password-123";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final URI base;

	private final HttpClient http;

	private final CookieManager cookies;

	private final String token;

	private TestApi(URI base, CookieManager cookies, String token) {
		this.base = base;
		this.cookies = cookies;
		this.token = token;
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		this.http = builder.build();
	}

	/** A browser with no session yet: keeps cookies, sends the CSRF header on writes. */
	public static TestApi browser(int port) {
		return new TestApi(URI.create("http://127.0.0.1:" + port), new CookieManager(), null);
	}

	/** A caller with this bearer token and no cookies. */
	public static TestApi bearer(int port, String token) {
		return new TestApi(URI.create("http://127.0.0.1:" + port), null, token);
	}

	/** A caller with no credentials and no cookies. */
	public static TestApi anonymous(int port) {
		return new TestApi(URI.create("http://127.0.0.1:" + port), null, null);
	}

	/** Signs this browser in. */
	public TestResponse login(String username, String password) {
		return post("/api/auth/login", Map.of("username", username, "password", password));
	}

	public TestResponse get(String path) {
		return send("GET", path, null, Map.of());
	}

	public TestResponse post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public TestResponse put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	public TestResponse patch(String path, Object body) {
		return send("PATCH", path, body, Map.of());
	}

	public TestResponse delete(String path) {
		return send("DELETE", path, null, Map.of());
	}

	/** Sends a JSON body (an object, or a String sent as it is) with extra headers. */
	public TestResponse send(String method, String path, Object body, Map<String, String> headers) {
		byte[] bytes = (body == null) ? null
				: (body instanceof String text) ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
						: (body instanceof byte[] raw) ? raw : json.writeValueAsBytes(body);
		Map<String, String> all = new LinkedHashMap<>();
		if (bytes != null) {
			all.put("Content-Type", "application/json");
		}
		all.putAll(headers);
		return raw(method, path, bytes, all);
	}

	/**
	 * Sends exactly these bytes and headers (plus credentials and, for a browser's
	 * writes, CSRF).
	 */
	public TestResponse raw(String method, String path, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		if (!headers.containsKey("Accept")) {
			request.header("Accept", "application/json, application/problem+json");
		}
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (this.cookies != null && !method.equals("GET") && !headers.containsKey("X-XSRF-TOKEN")) {
			request.header("X-XSRF-TOKEN", csrfToken());
		}
		headers.forEach(request::header);
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofString());
			return new TestResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The current XSRF-TOKEN cookie, fetched first when the browser has none. */
	public String csrfToken() {
		String value = cookie("XSRF-TOKEN");
		if (value == null) {
			get("/api/auth/csrf");
			value = cookie("XSRF-TOKEN");
		}
		return value;
	}

	/** A cookie's value, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** A fresh random id, as devices make them. */
	public static UUID newId() {
		return UUID.randomUUID();
	}

}
