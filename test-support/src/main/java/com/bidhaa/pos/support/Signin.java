package com.bidhaa.pos.support;

import java.util.Map;

/**
 * Signs a user in once as a browser does (CSRF cookie, then a session) to make the bearer
 * token that every later call of that user carries.
 */
public final class Signin {

	private Signin() {
	}

	/** Signs in with the password and answers the secret of a new token. */
	public static String token(int port, String username, String password) {
		TestApi browser = TestApi.browser(port);
		browser.login(username, password).expect(200);
		return browser.post("/api/auth/tokens", Map.of("name", "test " + username)).expect(201).field("secret");
	}

	/** Signs in with the password and answers a client with a new token of the user. */
	public static TestApi client(int port, String username, String password) {
		return TestApi.bearer(port, token(port, username, password));
	}

}
