package com.bidhaa.pos.corpus;

import java.util.Map;

/**
 * One request of the corpus, as the generator made it: a bad one with the fault it holds,
 * or the valid request it was derived from.
 *
 * @param name the operation and what is wrong, as failures report it
 * @param category the kind of fault, or null for a valid request
 * @param caller who sends it
 * @param method the HTTP method
 * @param path the path and query, encoded
 * @param headers the headers to send besides credentials (Content-Type included)
 * @param body the exact body bytes, or null for none
 * @param chunked whether to stream the body without a Content-Length
 * @param status the status expected, or 0 for any 4xx
 * @param code the problem code expected, or null for any non-empty code
 */
record GeneratedRequest(String name, Category category, Caller caller, String method, String path,
		Map<String, String> headers, byte[] body, boolean chunked, int status, String code) {

	@Override
	public String toString() {
		return this.name;
	}

	/** Who sends a request. */
	enum Caller {

		/** No credentials and no cookies. */
		ANONYMOUS,

		/** A bearer token the server never issued. */
		FORGED_TOKEN,

		/** A signed-out browser holding the CSRF cookie, as the PWA before signing in. */
		SIGNED_OUT_BROWSER,

		/** A cashier's bearer token. */
		CASHIER,

		/** A manager's bearer token. */
		MANAGER,

		/** The first admin's bearer token. */
		ADMIN

	}

	/** The kinds of fault the corpus covers, for names and counts. */
	enum Category {

		BROKEN_JSON("truncated, empty or not a JSON object"),

		WRONG_TYPE("wrong JSON type for a field"),

		MISSING_FIELD("required field missing, null, blank or empty"),

		HUGE_NUMBER("huge numbers (1e400, 2^63, 13-digit money)"),

		OUT_OF_RANGE("negative, zero, beyond the maximum, too many decimals"),

		BAD_TEXT("over-long, too short or badly formatted strings"),

		NUL_BYTE("NUL bytes in strings and parameters"),

		BAD_ENUM("unknown enum values"),

		UNKNOWN_FIELD("unknown fields"),

		UNKNOWN_ID("unknown ids in paths and bodies"),

		MALFORMED_ID("malformed UUIDs in paths and bodies"),

		BAD_PARAMETER("bad query parameters and headers"),

		BAD_CURSOR("bad cursors and limits of the /sync pulls"),

		OVERSIZE("bodies over pos.web.max-request-bytes"),

		CONTENT_ENCODING("gzip bomb, body not gzip, unknown encoding"),

		CONTENT_TYPE("wrong or missing content type"),

		MISSING_AUTH("missing or forged credentials"),

		WRONG_ROLE("wrong role, or another user's record"),

		METHOD("a method the contract does not declare");

		private final String description;

		Category(String description) {
			this.description = description;
		}

		String description() {
			return this.description;
		}

	}

}
