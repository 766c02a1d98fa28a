package com.bidhaa.pos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON client of the API with a bearer token, as a till or a script is; each has its
 * own connection, kept alive between calls.
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
	 * A client on {@code port} that sends {@code headers} (X-Device-Id) on every call.
	 */
	ApiClient(int port, String token, Map<String, String> headers) {
		this.base = URI.create("http://127.0.0.1:" + port);
		this.token = token;
		this.headers = Map.copyOf(headers);
	}

	ApiResponse get(String path) throws IOException, InterruptedException {
		return send("GET", path, null);
	}

	ApiResponse post(String path, Object body) throws IOException, InterruptedException {
		return send("POST", path, JSON.writeValueAsBytes(body));
	}

	/**
	 * Posts a body serialized beforehand, so the timing holds no client-side JSON
	 * writing.
	 */
	ApiResponse postJson(String path, byte[] body) throws IOException, InterruptedException {
		return send("POST", path, body);
	}

	private ApiResponse send(String method, String path, byte[] body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofMinutes(5))
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody())
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + this.token);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		this.headers.forEach(request::header);
		var response = this.http.send(request.build(), BodyHandlers.ofString());
		return new ApiResponse(method + " " + path, response.statusCode(), response.body());
	}

}
