package com.bidhaa.pos.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list endpoint.
 *
 * @param <T> the item type
 * @param data the items of this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalElements how many items all pages hold
 * @param totalPages how many pages there are
 */
public record PageResponse<T>(List<T> data, int page, int size, long totalElements, int totalPages) {

	/** Maps a Spring Data page. */
	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
