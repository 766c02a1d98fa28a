package com.bidhaa.pos.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.users.Role;
import com.bidhaa.pos.users.UsersApi;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ApiTokenService {

	private final ApiTokenRepository tokens;

	private final UsersApi users;

	private final Clock clock;

	private final TokenMapper tokenMapper;

	private final AuthMapper authMapper;

	ApiTokenService(ApiTokenRepository tokens, UsersApi users, Clock clock, TokenMapper tokenMapper,
			AuthMapper authMapper) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.tokenMapper = tokenMapper;
		this.authMapper = authMapper;
	}

	/**
	 * The user behind a presented token, if it is known, not revoked and its user still
	 * enabled.
	 */
	Optional<AuthenticatedUser> authenticate(String presented) {
		Optional<ApiToken> token = this.tokens.findByTokenHash(ApiTokens.hash(presented))
			.filter((candidate) -> !candidate.isRevoked());
		if (token.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		this.tokens.touch(token.get().getId(), now, now.minus(Duration.ofMinutes(1)));
		return this.users.findById(token.get().getUserId())
			.filter((account) -> account.enabled())
			.map(this.authMapper::toPrincipal);
	}

	CreatedTokenResponse create(AuthenticatedUser owner, String name) {
		String secret = ApiTokens.generate();
		ApiToken token = this.tokens.save(new ApiToken(owner.id(), name.trim(), ApiTokens.hash(secret),
				ApiTokens.displayPrefix(secret), this.clock.instant()));
		return this.tokenMapper.toCreated(token, secret);
	}

	@Transactional(readOnly = true)
	List<TokenResponse> list(AuthenticatedUser caller, boolean everyone) {
		List<ApiToken> found = (everyone && caller.role() == Role.ADMIN) ? this.tokens.findAllByOrderByCreatedAtDesc()
				: this.tokens.findByUserIdOrderByCreatedAtDesc(caller.id());
		return found.stream().map(this.tokenMapper::toResponse).toList();
	}

	/** Revokes a token of the caller's own, or any token when the caller is an admin. */
	void revoke(AuthenticatedUser caller, UUID id) {
		ApiToken token = this.tokens.findById(id)
			.filter((candidate) -> candidate.getUserId().equals(caller.id()) || caller.role() == Role.ADMIN)
			.orElseThrow(() -> new NotFoundException("Token", id));
		token.revoke(this.clock.instant());
	}

}
