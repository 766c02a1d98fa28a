package com.bidhaa.pos.users;

import java.util.UUID;

/**
 * A user as other modules see it.
 *
 * @param id the user's id
 * @param username the sign-in name (lower case)
 * @param displayName the name shown on screens and receipts
 * @param role the user's role
 * @param enabled false once an admin disabled the user
 */
public record UserAccount(UUID id, String username, String displayName, Role role, boolean enabled) {
}
