package com.bidhaa.pos.shared;

import java.io.IOException;

/**
 * Thrown while reading a request body that grows past the configured limit.
 */
class RequestTooLargeException extends IOException {

	RequestTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes.");
	}

}
