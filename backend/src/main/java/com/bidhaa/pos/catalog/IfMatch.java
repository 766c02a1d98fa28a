package com.bidhaa.pos.catalog;

/**
 * Reads the version out of an {@code If-Match} header ({@code "42"}, {@code W/"42"} or
 * {@code 42}).
 */
final class IfMatch {

	private IfMatch() {
	}

	/**
	 * The version, or -1 (matches nothing) when the header is not a version; missing is
	 * 428.
	 */
	static long version(String header) {
		if (header == null || header.isBlank()) {
			throw ProductExceptions.preconditionRequired();
		}
		String value = header.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
