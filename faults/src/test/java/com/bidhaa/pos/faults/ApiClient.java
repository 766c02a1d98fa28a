package com.bidhaa.pos.faults;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON client of the API with a bearer token, as a till or a back-office script is:
 * network failures are {@link IOException}s for the caller to retry.
 */
final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final String token;

	private final Map<String, String> headers;

	// HTTP/1.1: on http:// the default HTTP/2 client would try an h2c upgrade.
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * A client of the API on {@code port} that sends {@code headers} (such as
	 * X-Device-Id) on every call.
	 */
	ApiClient(int port, String token, Map<String, String> headers) {
		this.base = URI.create("http://127.0.0.1:" + port);
		this.token = token;
		this.headers = Map.copyOf(headers);
	}

	ApiResponse get(String path) throws IOException {
		return send("GET", path, null, Map.of());
	}

	ApiResponse post(String path, Object body) throws IOException {
		return send("POST", path, body, Map.of());
	}

	/** Sends a JSON body (or none) with extra headers. */
	ApiResponse send(String method, String path, Object body, Map<String, String> extraHeaders) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.method(method,
					(body != null) ? BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)) : BodyPublishers.noBody())
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + this.token);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.putAll(extraHeaders);
		all.forEach(request::header);
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofString());
			return new ApiResponse(method + " " + path, response.statusCode(), response.headers(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted during " + method + " " + path);
		}
	}

}
