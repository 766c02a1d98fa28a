package com.bidhaa.pos.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A device's side of a delta pull in tests: one page, or every page from a cursor until
 * {@code has_more} is false.
 */
final class PullPages {

	/**
	 * More pages than any test makes: a pull that never ends fails instead of hanging.
	 */
	private static final int MAX_PAGES = 10_000;

	private PullPages() {
	}

	/** The answer to one pull of a collection (products, customers, sales). */
	static TestResponse pull(TestApi api, String collection, String cursor, int limit) {
		return pull(api, collection, cursor, limit, Map.of());
	}

	/** The answer to one pull, with extra headers such as {@code X-Device-Id}. */
	static TestResponse pull(TestApi api, String collection, String cursor, int limit, Map<String, String> headers) {
		String query = "?limit=" + limit + ((cursor != null) ? "&last_sync=" + cursor : "");
		return api.send("GET", "/api/" + collection + "/sync" + query, null, headers);
	}

	/** One page; the answer must be 200. */
	static Page page(TestApi api, String collection, String cursor, int limit) {
		return Page.of(pull(api, collection, cursor, limit));
	}

	/**
	 * Every page from {@code cursor} (null: a full snapshot) until {@code has_more} is
	 * false.
	 */
	static Drained drain(TestApi api, String collection, String cursor, int limit) {
		List<JsonNode> rows = new ArrayList<>();
		List<Page> pages = new ArrayList<>();
		String next = cursor;
		for (int i = 0; i < MAX_PAGES; i++) {
			Page page = page(api, collection, next, limit);
			pages.add(page);
			rows.addAll(page.data());
			next = page.cursor();
			if (!page.hasMore()) {
				return new Drained(rows, pages, next);
			}
		}
		throw new AssertionError("The " + collection + " pull still had more after " + MAX_PAGES + " pages");
	}

	/**
	 * A cursor this server never gave, of the current database generation (see
	 * SyncCursor).
	 */
	static String forgedCursor(String collection, long version) {
		return forgedCursor(collection, currentEpoch(), version);
	}

	/** A cursor this server never gave, of the given database generation. */
	static String forgedCursor(String collection, String epoch, long version) {
		String text = "v2|" + collection + "|" + epoch + "|" + version + "|" + UUID.randomUUID();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The database generation the server gives cursors in. */
	static String currentEpoch() {
		try (var connection = com.bidhaa.pos.support.PostgresTestDatabase.connect();
				var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT epoch FROM change_versions WHERE id = 1")) {
			rows.next();
			return rows.getString(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot read the test database", ex);
		}
	}

	/** The ids of these rows, in order. */
	static List<UUID> ids(List<JsonNode> rows) {
		return rows.stream().map((row) -> UUID.fromString(row.path("id").asString())).toList();
	}

	/** The row with this id, or null. */
	static JsonNode find(List<JsonNode> rows, UUID id) {
		return rows.stream().filter((row) -> row.path("id").asString().equals(id.toString())).findFirst().orElse(null);
	}

	/**
	 * Compares two rows' (version, id) positions as PostgreSQL orders them (uuid order is
	 * the order of the lower-case hex text).
	 */
	static int compare(long version, UUID id, long otherVersion, UUID otherId) {
		int byVersion = Long.compare(version, otherVersion);
		return (byVersion != 0) ? byVersion : id.toString().compareTo(otherId.toString());
	}

	/**
	 * One page of a pull.
	 *
	 * @param data the rows
	 * @param cursor the cursor to send next
	 * @param hasMore whether more rows follow
	 */
	record Page(List<JsonNode> data, String cursor, boolean hasMore) {

		static Page of(TestResponse answer) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			JsonNode body = answer.json();
			assertThat(body.path("cursor").isString()).as(answer.toString()).isTrue();
			assertThat(body.path("has_more").isBoolean()).as(answer.toString()).isTrue();
			assertThat(body.path("timestamp").asString()).as(answer.toString()).isNotBlank();
			List<JsonNode> data = new ArrayList<>();
			body.path("data").forEach(data::add);
			for (JsonNode row : data) {
				assertThat(row.path("id").isString() && row.path("version").isIntegralNumber()
						&& row.path("deleted").isBoolean())
					.as("id, version and deleted in %s", row)
					.isTrue();
			}
			return new Page(data, body.path("cursor").asString(), body.path("has_more").asBoolean());
		}

	}

	/**
	 * Everything a pull delivered until {@code has_more} was false.
	 *
	 * @param rows the rows of every page, in order
	 * @param pages the pages
	 * @param cursor the cursor of the last page
	 */
	record Drained(List<JsonNode> rows, List<Page> pages, String cursor) {

		List<UUID> ids() {
			return PullPages.ids(this.rows);
		}

		JsonNode find(UUID id) {
			return PullPages.find(this.rows, id);
		}

	}

}
