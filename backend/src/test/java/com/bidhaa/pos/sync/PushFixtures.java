package com.bidhaa.pos.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import com.bidhaa.pos.support.Concurrently;
import com.bidhaa.pos.support.PostgresTestDatabase;
import com.bidhaa.pos.support.ShopFixtures;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches of sales as a till's outbox pushes them, and what a test reads back: the sync
 * status of a device and rows of the test database.
 */
final class PushFixtures {

	static final String BULK_CREATE = "/api/sales/bulk_create";

	private static final JsonMapper json = JsonMapper.builder().build();

	private PushFixtures() {
	}

	/** A batch from the till, with the count it still holds queued (null: not said). */
	static Map<String, Object> batch(UUID tillId, Integer pending, List<?> sales) {
		Map<String, Object> batch = new LinkedHashMap<>();
		batch.put("device_id", tillId);
		if (pending != null) {
			batch.put("pending", pending);
		}
		batch.put("sales", new ArrayList<>(sales));
		return batch;
	}

	/**
	 * The till's sale number {@code seq}: a cash sale of {@code quantity} of one product
	 * at a unit price, numbered like {@code T3-000142}.
	 */
	static Map<String, Object> tillSale(UUID tillId, long seq, UUID productId, int quantity, String unitPrice) {
		return tillSale(tillId, seq, List.of(ShopFixtures.line(productId, quantity, unitPrice)));
	}

	/** The till's sale number {@code seq} with these lines. */
	static Map<String, Object> tillSale(UUID tillId, long seq, List<Map<String, Object>> lines) {
		Map<String, Object> sale = ShopFixtures.sale(UUID.randomUUID(), lines);
		sale.put("sale_number", "%s-%06d".formatted(tillId.toString().substring(0, 4).toUpperCase(Locale.ROOT), seq));
		sale.put("device_seq", seq);
		return sale;
	}

	/** Pushes the batch and answers the 200 answer's body. */
	static JsonNode pushed(TestApi api, Map<String, Object> batch) {
		TestResponse answer = api.post(BULK_CREATE, batch);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	/** The status of every result, in order. */
	static List<String> statuses(JsonNode answer) {
		return answer.path("results").valueStream().map((result) -> result.path("status").asString()).toList();
	}

	/** The id of every result, in order. */
	static List<String> resultIds(JsonNode answer) {
		return answer.path("results").valueStream().map((result) -> result.path("id").asString()).toList();
	}

	/** The ids of the sales, in order. */
	static List<String> ids(List<Map<String, Object>> sales) {
		return sales.stream().map((sale) -> String.valueOf(sale.get("id"))).toList();
	}

	/** GET /api/sync/status as a manager, answered 200. */
	static JsonNode status(TestApi manager) {
		TestResponse status = manager.get("/api/sync/status");
		assertThat(status.status()).as(status.toString()).isEqualTo(200);
		return status.json();
	}

	/** The till as GET /api/sync/status shows it to a manager. */
	static JsonNode till(TestApi manager, UUID tillId) {
		return status(manager).path("devices")
			.valueStream()
			.filter((device) -> device.path("id").asString().equals(tillId.toString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Device " + tillId + " is not in the sync status"));
	}

	/** The recorded conflicts a manager lists with this query string. */
	static List<JsonNode> conflicts(TestApi manager, String query) {
		TestResponse conflicts = manager.get("/api/sync/conflicts?limit=1000&" + query);
		assertThat(conflicts.status()).as(conflicts.toString()).isEqualTo(200);
		return conflicts.json().valueStream().toList();
	}

	/** The recorded conflicts of one sale, open or resolved. */
	static List<JsonNode> conflictsOf(TestApi manager, Object saleId) {
		return conflicts(manager, "status=all").stream()
			.filter((conflict) -> conflict.path("sale_id").asString().equals(String.valueOf(saleId)))
			.toList();
	}

	/** The signed-in user's id. */
	static UUID idOf(TestApi api) {
		TestResponse me = api.get("/api/auth/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		return UUID.fromString(me.field("id"));
	}

	/** The JSON of a value, as a device sends it. */
	static byte[] jsonBytes(Object value) {
		return json.writeValueAsBytes(value);
	}

	/** The bytes gzip-compressed. */
	static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

	/** Runs the task on threads released together (see {@link Concurrently}). */
	static <T> List<T> together(int threads, Callable<T> task) throws Exception {
		return Concurrently.together(threads, task);
	}

	/** A count from the test database. */
	static long count(String sql, Object... parameters) {
		return PostgresTestDatabase.count(sql, parameters);
	}

	/** The first column of the first row, or null when there is none. */
	static Object query(String sql, Object... parameters) {
		return PostgresTestDatabase.value(sql, parameters);
	}

}
