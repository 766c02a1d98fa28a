package com.bidhaa.pos.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A token just created: the only time its secret is shown.
 *
 * @param id the token's id, used to revoke it
 * @param userId the user the token acts for
 * @param name what the token is for
 * @param prefix the token's first characters, as lists show them
 * @param createdAt when it was made
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
record CreatedTokenResponse(UUID id, UUID userId, String name, String prefix, Instant createdAt, String secret) {
}
