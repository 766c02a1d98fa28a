package com.bidhaa.pos.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

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
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The first characters, shown in lists so a person can tell tokens apart. */
	static String displayPrefix(String token) {
		return token.substring(0, PREFIX.length() + 6);
	}

}
