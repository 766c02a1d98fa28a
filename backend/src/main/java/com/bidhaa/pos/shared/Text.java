package com.bidhaa.pos.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.util.StringUtils;

/**
 * Small text helpers shared by the modules.
 */
public final class Text {

	private Text() {
	}

	/** The value trimmed, or null when it is null or blank. */
	public static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	/**
	 * A LIKE pattern matching values that contain {@code text}, its wildcards escaped
	 * with a backslash.
	 */
	public static String containsPattern(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
