package com.bidhaa.pos.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.bidhaa.pos.support.TestApi;

import tools.jackson.databind.JsonNode;

/**
 * A device pulling the whole catalogue through {@code GET /api/products/sync}, following
 * the cursor until {@code has_more} is false, as the app does on its first sync.
 */
final class ApiPull {

	private ApiPull() {
	}

	/**
	 * Pulls every product, {@code limit} a page, and answers the ids received, in order.
	 */
	static List<String> all(TestApi device, int limit) throws Exception {
		List<String> ids = new ArrayList<>();
		String cursor = null;
		boolean more = true;
		while (more) {
			String path = "/api/products/sync?limit=" + limit
					+ ((cursor != null) ? "&last_sync=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) : "");
			JsonNode page = device.get(path).expect(200).json();
			for (JsonNode product : page.path("data")) {
				ids.add(product.path("id").asString());
			}
			cursor = page.path("cursor").asString();
			more = page.path("has_more").asBoolean();
		}
		return ids;
	}

}
