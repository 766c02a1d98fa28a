package com.bidhaa.pos.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the users endpoints.
 */
final class UserRequests {

	private UserRequests() {
	}

	record CreateUserRequest(
			@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = Usernames.PATTERN,
					message = "3 to 64 letters, digits, dots, dashes or underscores") String username,
			@NotBlank @Size(max = 120) String displayName, @NotNull @Size(min = 8, max = 72) String password,
			@NotNull Role role) {
	}

	/**
	 * Each field is optional; what is null stays as it is. A name is stored trimmed, so
	 * one of spaces only is refused like a missing one at creation.
	 */
	record UpdateUserRequest(@Size(min = 1, max = 120) @Pattern(regexp = "(?s).*\\S.*",
			message = "must not be blank") String displayName, Role role, Boolean enabled) {
	}

	record ResetPasswordRequest(@NotNull @Size(min = 8, max = 72) String password) {
	}

}
