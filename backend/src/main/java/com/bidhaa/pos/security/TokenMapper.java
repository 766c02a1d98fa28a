package com.bidhaa.pos.security;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps a stored token to what the token endpoints answer.
 */
@Mapper
interface TokenMapper {

	@Mapping(target = "prefix", source = "tokenPrefix")
	TokenResponse toResponse(ApiToken token);

	/** A token just made, with the secret that is shown this once and never stored. */
	@Mapping(target = "prefix", source = "token.tokenPrefix")
	@Mapping(target = "secret", source = "secret")
	CreatedTokenResponse toCreated(ApiToken token, String secret);

}
