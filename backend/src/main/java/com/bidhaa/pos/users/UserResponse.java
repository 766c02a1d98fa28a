package com.bidhaa.pos.users;

import java.time.Instant;
import java.util.UUID;

record UserResponse(UUID id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
