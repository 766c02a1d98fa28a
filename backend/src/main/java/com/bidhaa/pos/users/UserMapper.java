package com.bidhaa.pos.users;

import org.mapstruct.Mapper;

/**
 * Maps a stored user to what the endpoints answer and to what other modules see.
 */
@Mapper
interface UserMapper {

	UserResponse toResponse(User user);

	UserAccount toAccount(User user);

}
