package com.bidhaa.pos.security;

import java.security.SecureRandom;
import java.util.Base64;

import com.bidhaa.pos.shared.Text;

/**
 * Making and hashing bearer tokens: 256 random bits behind a recognisable prefix; only
 * the SHA-256 is stored, which is enough for a secret of that strength.
 */
final class ApiTokens {

	static final String PREFIX = "bpos_";

	private static final SecureRandom random = new SecureRandom();

	private ApiTokens() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		return Text.sha256(token);
	}

	/** The first characters, shown in lists so a person can tell tokens apart. */
	static String displayPrefix(String token) {
		return token.substring(0, PREFIX.length() + 6);
	}

}
