package com.bidhaa.pos.users;

/**
 * Published when a user's role, password or enabled flag changed, so their open sessions
 * end.
 *
 * @param username the user whose access changed
 */
public record UserAccessChanged(String username) {
}
