package com.bidhaa.pos.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A token as listed: never the secret, only its first characters.
 *
 * @param id the token's id, used to revoke it
 * @param userId the user the token acts for
 * @param name what the token is for (a device or script name)
 * @param prefix the token's first characters
 * @param createdAt when it was made
 * @param lastUsedAt when it last authenticated a call (to the minute)
 * @param revokedAt when it was revoked, or null
 */
record TokenResponse(UUID id, UUID userId, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {
}
