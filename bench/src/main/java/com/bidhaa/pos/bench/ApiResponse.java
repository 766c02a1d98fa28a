package com.bidhaa.pos.bench;

import tools.jackson.databind.JsonNode;

/**
 * One answer of the API.
 *
 * @param call the method and path, for messages
 * @param status the HTTP status
 * @param body the body as text
 */
record ApiResponse(String call, int status, String body) {

	JsonNode json() {
		return ApiClient.JSON.readTree(this.body);
	}

	/** This answer, if its status is the one expected; a benchmark stops at any other. */
	ApiResponse expect(int expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Expected " + expected + ": " + this);
		}
		return this;
	}

	@Override
	public String toString() {
		String text = (this.body.length() > 300) ? this.body.substring(0, 300) + "…" : this.body;
		return this.call + " → " + this.status + " " + text;
	}

}
