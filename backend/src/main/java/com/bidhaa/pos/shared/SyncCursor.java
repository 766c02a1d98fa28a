package com.bidhaa.pos.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.springframework.http.HttpStatus;

/**
 * Where a device's delta pull of one collection stands: after the row ({@code version},
 * {@code id}) in (version, id) order. Opaque to clients: base64url of
 * {@code v1|collection|version|id}.
 *
 * @param collection the collection it belongs to (products, customers, sales)
 * @param version the version of the last row delivered
 * @param id the id of the last row delivered
 */
public record SyncCursor(String collection, long version, UUID id) {

	private static final UUID NONE = new UUID(0, 0);

	/** The start of a collection: a full snapshot follows. */
	public static SyncCursor start(String collection) {
		return new SyncCursor(collection, 0, NONE);
	}

	/**
	 * Reads a cursor a client sent back; empty means the start. A cursor that does not
	 * parse, or belongs to another collection, is 400 invalid-cursor; one past the last
	 * version handed out (the database was restored from a backup) is 410 cursor-expired.
	 */
	public static SyncCursor parse(String collection, String text, long latestVersion) {
		if (text == null || text.isBlank()) {
			return start(collection);
		}
		SyncCursor cursor;
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8)
				.split("\\|");
			if (parts.length != 4 || !parts[0].equals("v1")) {
				throw invalid();
			}
			cursor = new SyncCursor(parts[1], Long.parseLong(parts[2]), UUID.fromString(parts[3]));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (!cursor.collection().equals(collection) || cursor.version() < 0) {
			throw invalid();
		}
		if (cursor.version() > latestVersion) {
			throw new ApiException(HttpStatus.GONE, ProblemTypes.CURSOR_EXPIRED, "Cursor expired",
					"The server can no longer serve this cursor (its data was restored); pull again without last_sync "
							+ "and keep your outbox.");
		}
		return cursor;
	}

	/** The cursor after this row. */
	public SyncCursor after(long version, UUID id) {
		return new SyncCursor(this.collection, version, id);
	}

	/** The opaque text sent to clients. */
	public String encode() {
		String text = "v1|" + this.collection + "|" + this.version + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ApiException invalid() {
		return new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_CURSOR, "Invalid cursor",
				"last_sync is not a cursor this server gave for this collection; send it back verbatim, or omit it.");
	}

}
