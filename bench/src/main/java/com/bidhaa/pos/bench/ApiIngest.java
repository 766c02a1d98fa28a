package com.bidhaa.pos.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;

import tools.jackson.databind.JsonNode;

/**
 * Devices pushing their sales to the API at once: as {@code sale.record} mutations
 * through {@code POST /api/sync/push} as the app does, in {@code bulk_create} batches as
 * older apps do, or one {@code POST /api/sales} per sale, the naive way. Every sale must
 * be answered as applied or created; anything else stops the benchmark.
 */
final class ApiIngest {

	private ApiIngest() {
	}

	/** Pushes each device's sales in batches of {@code batchSize}, devices at once. */
	static Duration bulk(int port, List<DeviceSales> devices, int batchSize) throws Exception {
		List<Parallel.Preparation> work = new ArrayList<>();
		for (DeviceSales device : devices) {
			work.add(() -> {
				TestApi client = client(port, device);
				List<Batch> batches = batches(device, batchSize);
				return () -> {
					for (Batch batch : batches) {
						TestResponse answer = client.post("/api/sales/bulk_create", batch.body()).expect(200);
						JsonNode counts = answer.json();
						if (counts.path("created").asInt() != batch.sales()
								|| counts.path("results").size() != batch.sales()) {
							throw new IllegalStateException("Not every sale of the batch was created: " + answer);
						}
					}
				};
			});
		}
		return Parallel.time(work);
	}

	/**
	 * Pushes each device's sales as {@code sale.record} mutations, {@code batchSize} a
	 * request, devices at once (docs/sync-protocol.md, "Push").
	 */
	static Duration push(int port, List<DeviceSales> devices, int batchSize) throws Exception {
		List<Parallel.Preparation> work = new ArrayList<>();
		for (DeviceSales device : devices) {
			work.add(() -> {
				TestApi client = client(port, device);
				List<Batch> batches = mutations(device, batchSize);
				return () -> {
					for (Batch batch : batches) {
						TestResponse answer = client.post("/api/sync/push", batch.body()).expect(200);
						JsonNode counts = answer.json();
						if (counts.path("applied").asInt() != batch.sales()
								|| counts.path("results").size() != batch.sales()) {
							throw new IllegalStateException("Not every mutation of the push was applied: " + answer);
						}
					}
				};
			});
		}
		return Parallel.time(work);
	}

	/** Sends each device's sales one request each, devices at once. */
	static Duration oneByOne(int port, List<DeviceSales> devices) throws Exception {
		List<Parallel.Preparation> work = new ArrayList<>();
		for (DeviceSales device : devices) {
			work.add(() -> {
				TestApi client = client(port, device);
				List<byte[]> bodies = new ArrayList<>();
				for (BenchSale sale : device.sales()) {
					bodies.add(TestApi.JSON.writeValueAsBytes(sale.toJson()));
				}
				return () -> {
					for (byte[] body : bodies) {
						client.post("/api/sales", body).expect(201);
					}
				};
			});
		}
		return Parallel.time(work);
	}

	private static TestApi client(int port, DeviceSales device) {
		return BenchShop.client(port, device.cashier().token())
			.withHeaders(Map.of("X-Device-Id", device.deviceId().toString()));
	}

	private static List<Batch> batches(DeviceSales device, int batchSize) {
		List<Batch> batches = new ArrayList<>();
		List<BenchSale> sales = device.sales();
		for (int from = 0; from < sales.size(); from += batchSize) {
			List<BenchSale> batch = sales.subList(from, Math.min(sales.size(), from + batchSize));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("device_id", device.deviceId());
			body.put("pending", sales.size() - from - batch.size());
			body.put("sales", batch.stream().map(BenchSale::toJson).toList());
			batches.add(new Batch(TestApi.JSON.writeValueAsBytes(body), batch.size()));
		}
		return batches;
	}

	private static List<Batch> mutations(DeviceSales device, int batchSize) {
		List<Batch> batches = new ArrayList<>();
		List<BenchSale> sales = device.sales();
		for (int from = 0; from < sales.size(); from += batchSize) {
			List<BenchSale> batch = sales.subList(from, Math.min(sales.size(), from + batchSize));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("device_id", device.deviceId());
			body.put("pending", sales.size() - from - batch.size());
			body.put("mutations", batch.stream().map(BenchSale::toMutation).toList());
			batches.add(new Batch(TestApi.JSON.writeValueAsBytes(body), batch.size()));
		}
		return batches;
	}

	/** A request body made before the clock starts, and how many sales it carries. */
	private record Batch(byte[] body, int sales) {
	}

}
