package com.bidhaa.pos.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * An HTTP answer as a test or a benchmark sees it.
 *
 * @param call the method and path, for messages (empty when not known)
 * @param status the status code
 * @param headers the headers
 * @param body the body as text
 */
public record TestResponse(String call, int status, HttpHeaders headers, String body) {

	/** An answer to a call made outside {@link TestApi}. */
	public TestResponse(int status, HttpHeaders headers, String body) {
		this("", status, headers, body);
	}

	/** The body as JSON; a body cut short fails as a Jackson exception. */
	public JsonNode json() {
		return TestApi.JSON.readTree(this.body);
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

	/**
	 * This answer, if its status is the one expected; a set-up or benchmark stops at any
	 * other.
	 */
	public TestResponse expect(int expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Expected " + expected + ": " + this);
		}
		return this;
	}

	/**
	 * The call, status and body, cut short where a body would flood a log of many calls.
	 */
	@Override
	public String toString() {
		String text = (this.body.length() > 1000) ? this.body.substring(0, 1000) + "…" : this.body;
		return (this.call.isEmpty() ? "" : this.call + " → ") + this.status + " " + text;
	}

}
