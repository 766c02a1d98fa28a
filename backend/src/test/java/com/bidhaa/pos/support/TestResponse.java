package com.bidhaa.pos.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP answer as a test sees it.
 *
 * @param status the status code
 * @param headers the headers
 * @param body the body as text
 */
public record TestResponse(int status, HttpHeaders headers, String body) {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The body as JSON. */
	public JsonNode json() {
		return json.readTree(this.body);
	}

	/** A top-level string field of the body. */
	public String field(String name) {
		return json().path(name).asString();
	}

	/** The problem code of an error body. */
	public String code() {
		return field("code");
	}

	/** The Content-Type header, or an empty string. */
	public String contentType() {
		return this.headers.firstValue("Content-Type").orElse("");
	}

	@Override
	public String toString() {
		return this.status + " " + this.body;
	}

}
