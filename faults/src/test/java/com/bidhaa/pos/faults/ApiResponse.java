package com.bidhaa.pos.faults;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * One answer of the API.
 *
 * @param call the method and path, for messages
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body as text
 */
record ApiResponse(String call, int status, HttpHeaders headers, String body) {

	/** The body as JSON; a body cut short fails as a Jackson exception. */
	JsonNode json() {
		return ApiClient.JSON.readTree(this.body);
	}

	/** Whether the proxy made this answer up (a 502 after the app had committed). */
	boolean injected() {
		return this.headers.firstValue("X-Fault-Proxy").isPresent();
	}

	/** A 5xx the app itself answered. */
	boolean serverError() {
		return this.status >= 500 && !injected();
	}

	@Override
	public String toString() {
		String text = (this.body.length() > 300) ? this.body.substring(0, 300) + "…" : this.body;
		return this.call + " → " + this.status + " " + text;
	}

}
