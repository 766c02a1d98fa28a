package com.bidhaa.pos.users;

import java.util.UUID;

import com.bidhaa.pos.shared.NotFoundException;

class UserNotFoundException extends NotFoundException {

	UserNotFoundException(UUID id) {
		super("User", id);
	}

}
