package com.bidhaa.pos.shared;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a delta pull (docs/sync-protocol.md): the rows after the cursor in
 * (version, id) order, the cursor to send next, and whether more rows follow.
 *
 * @param <T> the row type
 * @param data the rows
 * @param cursor what to send as last_sync next time
 * @param hasMore true when another call will return more rows
 * @param timestamp the server's time when the page was read
 */
public record SyncPage<T>(List<T> data, String cursor, boolean hasMore, Instant timestamp) {

	/**
	 * Builds a page from up to {@code limit + 1} rows read after {@code cursor}: the
	 * extra row only tells that more follow.
	 */
	public static <E, T> SyncPage<T> of(List<E> rows, int limit, SyncCursor cursor, ToLongFunction<E> version,
			Function<E, java.util.UUID> id, Function<List<E>, List<T>> mapper, Instant now) {
		boolean hasMore = rows.size() > limit;
		List<E> page = hasMore ? rows.subList(0, limit) : rows;
		SyncCursor next = cursor;
		if (!page.isEmpty()) {
			E last = page.get(page.size() - 1);
			next = cursor.after(version.applyAsLong(last), id.apply(last));
		}
		return new SyncPage<>(mapper.apply(page), next.encode(), hasMore, now);
	}

}
