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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running API, as a browser (cookie session that sends the CSRF header)
 * or as a device or script (bearer token). Each client keeps its own connection alive
 * between calls; a dropped or refused connection is an {@link UncheckedIOException}, for
 * a caller that simulates a device to try again.
 */
public final class TestApi {

	/** The first admin's username, as every harness starts the app. */
	public static final String ADMIN = "admin";

	/** The first admin's password, as every harness starts the app. */
	public static final String ADMIN_PASSWORD = "admin-password-1";

	/** The password of users that tests create. */
	public static final String PASSWORD = "password-123";

	/**
	 * The one JSON mapper of the harness, for the bodies it sends and the answers it
	 * reads.
	 */
	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final HttpClient http;

	private final CookieManager cookies;

	private final String token;

	private final Map<String, String> headers;

	private final Duration timeout;

	private TestApi(URI base, HttpClient http, CookieManager cookies, String token, Map<String, String> headers,
			Duration timeout) {
		this.base = base;
		this.http = http;
		this.cookies = cookies;
		this.token = token;
		this.headers = Map.copyOf(headers);
		this.timeout = timeout;
	}

	/** A browser with no session yet: keeps cookies, sends the CSRF header on writes. */
	public static TestApi browser(int port) {
		return create(port, new CookieManager(), null);
	}

	/** A caller with this bearer token and no cookies. */
	public static TestApi bearer(int port, String token) {
		return create(port, null, token);
	}

	/** A caller with no credentials and no cookies. */
	public static TestApi anonymous(int port) {
		return create(port, null, null);
	}

	private static TestApi create(int port, CookieManager cookies, String token) {
		// HTTP/1.1: on http:// the default HTTP/2 client would try an h2c upgrade.
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10));
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		return new TestApi(URI.create("http://127.0.0.1:" + port), builder.build(), cookies, token, Map.of(),
				Duration.ofSeconds(60));
	}

	/**
	 * This client on the same connection, sending {@code headers} (such as X-Device-Id)
	 * on every call too.
	 */
	public TestApi withHeaders(Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.putAll(headers);
		return new TestApi(this.base, this.http, this.cookies, this.token, all, this.timeout);
	}

	/**
	 * This client on the same connection, waiting this long for an answer (a benchmark's
	 * large batches on a busy machine).
	 */
	public TestApi withTimeout(Duration timeout) {
		return new TestApi(this.base, this.http, this.cookies, this.token, this.headers, timeout);
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

	/**
	 * Sends a JSON body (an object; a String or bytes written beforehand, sent as they
	 * are) with extra headers.
	 */
	public TestResponse send(String method, String path, Object body, Map<String, String> headers) {
		byte[] bytes = (body == null) ? null : (body instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
				: (body instanceof byte[] raw) ? raw : JSON.writeValueAsBytes(body);
		Map<String, String> all = new LinkedHashMap<>();
		if (bytes != null) {
			all.put("Content-Type", "application/json");
		}
		all.putAll(headers);
		return raw(method, path, bytes, all);
	}

	/**
	 * Sends exactly these bytes and headers (plus the client's own headers, credentials
	 * and, for a browser's writes, CSRF).
	 */
	public TestResponse raw(String method, String path, byte[] body, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.putAll(headers);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(this.timeout)
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		if (!all.containsKey("Accept")) {
			request.header("Accept", "application/json, application/problem+json");
		}
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (this.cookies != null && !method.equals("GET") && !all.containsKey("X-XSRF-TOKEN")) {
			request.header("X-XSRF-TOKEN", csrfToken());
		}
		all.forEach(request::header);
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofString());
			return new TestResponse(method + " " + path, response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during " + method + " " + path, ex);
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
