package com.bidhaa.pos.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.springframework.http.HttpStatus;

/**
 * Where a device's delta pull of one collection stands: after the row ({@code version},
 * {@code id}) in (version, id) order, in one generation of the database. Opaque to
 * clients: base64url of {@code v2|collection|epoch|version|id}.
 *
 * @param collection the collection it belongs to (products, customers, sales)
 * @param epoch the database generation it was given in
 * @param version the version of the last row delivered
 * @param id the id of the last row delivered
 */
public record SyncCursor(String collection, String epoch, long version, UUID id) {

	private static final UUID NONE = new UUID(0, 0);

	/** The start of a collection: a full snapshot follows. */
	public static SyncCursor start(String collection, VersionState state) {
		return new SyncCursor(collection, state.epoch(), 0, NONE);
	}

	/**
	 * Reads a cursor a client sent back; empty means the start. A cursor that does not
	 * parse, or belongs to another collection, is 400 invalid-cursor; one of another
	 * database generation, or past the last version committed (the database was restored
	 * from a backup), is 410 cursor-expired.
	 */
	public static SyncCursor parse(String collection, String text, VersionState state) {
		if (text == null || text.isBlank()) {
			return start(collection, state);
		}
		SyncCursor cursor;
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8)
				.split("\\|");
			if (parts.length != 5 || !parts[0].equals("v2")) {
				throw invalid();
			}
			cursor = new SyncCursor(parts[1], parts[2], Long.parseLong(parts[3]), UUID.fromString(parts[4]));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (!cursor.collection().equals(collection) || cursor.version() < 0) {
			throw invalid();
		}
		if (!cursor.epoch().equals(state.epoch()) || cursor.version() > state.latest()) {
			throw new ApiException(HttpStatus.GONE, ProblemTypes.CURSOR_EXPIRED, "Cursor expired",
					"The server can no longer serve this cursor (its data was restored); pull again without last_sync "
							+ "and keep your outbox.");
		}
		return cursor;
	}

	/** The cursor after this row. */
	public SyncCursor after(long version, UUID id) {
		return new SyncCursor(this.collection, this.epoch, version, id);
	}

	/** The opaque text sent to clients. */
	public String encode() {
		String text = "v2|" + this.collection + "|" + this.epoch + "|" + this.version + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ApiException invalid() {
		return new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_CURSOR, "Invalid cursor",
				"last_sync is not a cursor this server gave for this collection; send it back verbatim, or omit it.");
	}

}
