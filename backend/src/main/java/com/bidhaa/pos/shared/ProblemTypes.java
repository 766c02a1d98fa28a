package com.bidhaa.pos.shared;

import java.net.URI;

/**
 * The catalogue of stable problem codes; clients switch on {@code code} (or
 * {@code type}), never on text.
 */
public final class ProblemTypes {

	/** Base of every problem {@code type} URI. */
	public static final String BASE = "https://bidhaa.example/problems/";

	public static final String MALFORMED_REQUEST = "malformed-request";

	public static final String VALIDATION_FAILED = "validation-failed";

	public static final String INVALID_PARAMETER = "invalid-parameter";

	public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";

	public static final String NOT_ACCEPTABLE = "not-acceptable";

	public static final String METHOD_NOT_ALLOWED = "method-not-allowed";

	public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

	public static final String NOT_FOUND = "not-found";

	public static final String UNAUTHENTICATED = "unauthenticated";

	public static final String BAD_CREDENTIALS = "bad-credentials";

	public static final String TOO_MANY_ATTEMPTS = "too-many-attempts";

	public static final String FORBIDDEN = "forbidden";

	public static final String CSRF_REJECTED = "csrf-rejected";

	public static final String PRECONDITION_FAILED = "precondition-failed";

	public static final String PRECONDITION_REQUIRED = "precondition-required";

	public static final String ID_CONFLICT = "id-conflict";

	public static final String DUPLICATE_SKU = "duplicate-sku";

	public static final String DUPLICATE_BARCODE = "duplicate-barcode";

	public static final String DUPLICATE_USERNAME = "duplicate-username";

	public static final String UNKNOWN_PRODUCT = "unknown-product";

	public static final String UNKNOWN_CUSTOMER = "unknown-customer";

	public static final String INVALID_SALE = "invalid-sale";

	public static final String LAST_ADMIN = "last-admin";

	public static final String INVALID_CURSOR = "invalid-cursor";

	public static final String CURSOR_EXPIRED = "cursor-expired";

	public static final String BATCH_TOO_LARGE = "batch-too-large";

	public static final String UNKNOWN_MUTATION = "unknown-mutation";

	public static final String INVALID_DEVICE_CODE = "invalid-device-code";

	public static final String DEVICE_CODE_TAKEN = "device-code-taken";

	public static final String INTERNAL_ERROR = "internal-error";

	private ProblemTypes() {
	}

	/** The {@code type} URI of a code. */
	public static URI type(String code) {
		return URI.create(BASE + code);
	}

}
