package com.bidhaa.pos.security;

import com.bidhaa.pos.users.UserAccount;

import org.mapstruct.Mapper;

/**
 * Maps a user account to the principal of its requests, and the principal to what
 * {@code /api/auth} answers.
 */
@Mapper
interface AuthMapper {

	AuthenticatedUser toPrincipal(UserAccount account);

	MeResponse toMe(AuthenticatedUser user);

}
