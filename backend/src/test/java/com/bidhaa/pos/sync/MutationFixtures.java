package com.bidhaa.pos.sync;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations as a device's outbox pushes them to POST /api/sync/push, one maker per kind,
 * and what a test reads of the answer.
 */
final class MutationFixtures {

	static final String PUSH = "/api/sync/push";

	private MutationFixtures() {
	}

	/** A mutation with a new id. */
	static Map<String, Object> mutation(String name, Map<String, Object> args) {
		Map<String, Object> mutation = new LinkedHashMap<>();
		mutation.put("id", UUID.randomUUID());
		mutation.put("name", name);
		mutation.put("args", args);
		mutation.put("created_at", "2026-12-08T09:58:12+03:00");
		return mutation;
	}

	/** A push request from the device. */
	static Map<String, Object> request(UUID deviceId, Integer pending, List<?> mutations) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("device_id", deviceId);
		if (pending != null) {
			request.put("pending", pending);
		}
		request.put("mutations", new ArrayList<>(mutations));
		return request;
	}

	/** Pushes the mutations and answers the 200 answer's body. */
	static JsonNode pushed(TestApi api, UUID deviceId, List<?> mutations) {
		TestResponse answer = api.post(PUSH, request(deviceId, 0, mutations));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	/** The status of every result, in order. */
	static List<String> statuses(JsonNode answer) {
		return answer.path("results").valueStream().map((result) -> result.path("status").asString()).toList();
	}

	/** The result at this index. */
	static JsonNode result(JsonNode answer, int index) {
		return answer.path("results").get(index);
	}

	static Map<String, Object> productArgs(UUID id, String name, String price) {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", id);
		args.put("sku", "SKU-" + id.toString().substring(0, 8));
		args.put("barcode", null);
		args.put("name", name);
		args.put("category", "Groceries");
		args.put("unit_price", new BigDecimal(price));
		args.put("low_stock_threshold", null);
		return args;
	}

	static Map<String, Object> productCreate(UUID id, String name, String price) {
		return mutation("product.create", productArgs(id, name, price));
	}

	static Map<String, Object> productUpdate(UUID id, long baseVersion, String name, String price) {
		Map<String, Object> args = productArgs(id, name, price);
		args.put("base_version", baseVersion);
		return mutation("product.update", args);
	}

	static Map<String, Object> productRef(String name, UUID id) {
		return mutation(name, new LinkedHashMap<>(Map.of("id", id)));
	}

	static Map<String, Object> stockAdjust(UUID adjustmentId, UUID productId, String delta) {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", adjustmentId);
		args.put("product_id", productId);
		args.put("delta", new BigDecimal(delta));
		args.put("reason", "received");
		args.put("note", "delivery");
		return mutation("stock.adjust", args);
	}

	static Map<String, Object> customerUpsert(UUID id, String editedAt, Map<String, Object> fields) {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", id);
		args.put("edited_at", editedAt);
		args.putAll(fields);
		return mutation("customer.upsert", args);
	}

	static Map<String, Object> saleRecord(Map<String, Object> sale) {
		return mutation("sale.record", sale);
	}

}
