package com.bidhaa.pos.users;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of users: check a password, look a user up.
 */
@Service
@Transactional(readOnly = true)
public class UsersApi {

	/** Compared against when the username is unknown, so both failures take as long. */
	private final String dummyHash;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final UserMapper mapper;

	UsersApi(UserRepository users, PasswordEncoder encoder, UserMapper mapper) {
		this.users = users;
		this.encoder = encoder;
		this.mapper = mapper;
		this.dummyHash = encoder.encode("not-a-password-" + UUID.randomUUID());
	}

	/** The enabled user with this username and password, if any. */
	public Optional<UserAccount> authenticate(String username, String password) {
		Optional<User> user = this.users.findByUsername(Usernames.normalize(username));
		String hash = user.map(User::getPasswordHash).orElse(this.dummyHash);
		boolean matches = this.encoder.matches(password, hash);
		return user.filter((candidate) -> matches && candidate.isEnabled()).map(this.mapper::toAccount);
	}

	/** The user with this id, enabled or not. */
	public Optional<UserAccount> findById(UUID id) {
		return this.users.findById(id).map(this.mapper::toAccount);
	}

}
