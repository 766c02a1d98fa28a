package com.bidhaa.pos.shared;

import java.util.UUID;

import org.springframework.http.HttpStatus;

/**
 * A record the client named does not exist (or is not theirs to see).
 */
public class NotFoundException extends ApiException {

	public NotFoundException(String what, UUID id) {
		super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " does not exist.");
	}

}
