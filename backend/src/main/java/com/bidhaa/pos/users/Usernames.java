package com.bidhaa.pos.users;

import java.util.Locale;

final class Usernames {

	/** Lower case letters, digits, dot, dash and underscore; 3 to 64 characters. */
	static final String PATTERN = "^[A-Za-z0-9._-]{3,64}$";

	private Usernames() {
	}

	static String normalize(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
