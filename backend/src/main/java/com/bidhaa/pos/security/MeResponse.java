package com.bidhaa.pos.security;

import java.util.UUID;

import com.bidhaa.pos.users.Role;

/**
 * The signed-in user.
 *
 * @param id the user's id
 * @param username the sign-in name
 * @param displayName the name on screens and receipts
 * @param role the user's role
 */
record MeResponse(UUID id, String username, String displayName, Role role) {
}
