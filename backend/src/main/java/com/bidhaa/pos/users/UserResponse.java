package com.bidhaa.pos.users;

import java.time.Instant;
import java.util.UUID;

record UserResponse(UUID id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {

	static UserResponse of(User user) {
		UserAccount account = user.toAccount();
		return new UserResponse(account.id(), account.username(), account.displayName(), account.role(),
				account.enabled(), user.getCreatedAt());
	}

}
