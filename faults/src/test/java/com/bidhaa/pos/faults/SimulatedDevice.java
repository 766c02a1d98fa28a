package com.bidhaa.pos.faults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One till with its own cashier, token and device id: it pulls the catalogue by cursor,
 * rings up cash sales offline from what it pulled, and pushes its outbox through the
 * fault proxy, retrying with backoff until the server has confirmed every sale.
 */
final class SimulatedDevice implements Callable<Void> {

	private static final ZoneOffset SHOP_TIME = ZoneOffset.ofHours(3);

	private static final int MAX_PULL_PAGES = 10_000;

	private final UUID id = UUID.randomUUID();

	private final String prefix;

	private final TestApi api;

	private final int salesToRingUp;

	private final long thinkMillis;

	private final long syncPauseMillis;

	private final Random random;

	private final Progress progress;

	private final Deadline deadline;

	private final Backoff backoff;

	private final DeviceOutbox outbox = new DeviceOutbox();

	private final LocalCatalogue catalogue = new LocalCatalogue();

	private final CallLog log;

	private String cursor;

	private int rungUp;

	private volatile int created;

	private volatile int duplicates;

	private volatile int batchesSent;

	SimulatedDevice(int number, String token, int proxyPort, SuiteSize size, Progress progress, Deadline deadline) {
		this.prefix = "D%02d".formatted(number);
		this.log = new CallLog(this.prefix);
		this.api = TestApi.bearer(proxyPort, token).withHeaders(Map.of("X-Device-Id", this.id.toString()));
		this.salesToRingUp = size.salesPerDevice();
		this.thinkMillis = size.thinkTime().toMillis();
		this.syncPauseMillis = size.syncPause().toMillis();
		this.random = new Random(size.seed() * 31 + number);
		this.progress = progress;
		this.deadline = deadline;
		this.backoff = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(2), this.random);
	}

	/** Sells and syncs until every sale is rung up and answered by the server. */
	@Override
	public Void call() {
		long nextSale = System.nanoTime();
		long nextSync = nextSale;
		while (this.rungUp < this.salesToRingUp || this.outbox.unconfirmed() > 0) {
			this.deadline.check("syncing on till " + this.prefix + ": " + this.outbox.unconfirmed()
					+ " sales unconfirmed of " + this.rungUp);
			long now = System.nanoTime();
			if (this.rungUp < this.salesToRingUp && now >= nextSale) {
				// Before the first pull there is nothing to sell yet.
				nextSale = now + (ringUpSale() ? thinkNanos() : Duration.ofMillis(50).toNanos());
			}
			if (now >= nextSync) {
				boolean synced = push() && pull();
				if (synced) {
					this.backoff.reset();
				}
				nextSync = System.nanoTime() + (synced ? syncPauseNanos() : this.backoff.next().toNanos());
			}
			long wake = (this.rungUp < this.salesToRingUp) ? Math.min(nextSale, nextSync) : nextSync;
			long wait = wake - System.nanoTime();
			if (wait > 0) {
				Deadline.pause(Duration.ofNanos(Math.min(wait, Duration.ofMillis(100).toNanos())));
			}
		}
		return null;
	}

	/** Pulls until the catalogue is current; true when a whole pull succeeded. */
	boolean pull() {
		for (int page = 0; page < MAX_PULL_PAGES; page++) {
			String path = "/api/products/sync?limit=" + (5 + this.random.nextInt(96)) + ((this.cursor != null)
					? "&last_sync=" + URLEncoder.encode(this.cursor, StandardCharsets.UTF_8) : "");
			TestResponse answer = this.log.call(() -> this.api.get(path), 200);
			if (answer == null) {
				return false;
			}
			JsonNode body = body(answer);
			if (body == null || !body.path("cursor").isString()) {
				return false;
			}
			body.path("data").forEach(this.catalogue::apply);
			this.cursor = body.path("cursor").asString();
			if (!body.path("has_more").asBoolean()) {
				return true;
			}
		}
		this.log.problem("a pull still had more after " + MAX_PULL_PAGES + " pages");
		return false;
	}

	/** Pushes the outbox batch by batch; true when nothing is left to send. */
	private boolean push() {
		while (true) {
			List<DeviceSale> batch = this.outbox.nextBatch(batchSize());
			if (batch.isEmpty()) {
				return true;
			}
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("device_id", this.id);
			request.put("pending", Math.max(0, this.outbox.unconfirmed() - batch.size()));
			request.put("sales", batch.stream().map(DeviceSale::toJson).toList());
			this.batchesSent++;
			TestResponse answer = this.log.call(() -> this.api.post("/api/sales/bulk_create", request), 200);
			JsonNode body = (answer != null) ? body(answer) : null;
			if (body == null || !answersInOrder(batch, body.path("results"))) {
				// No usable answer: the same sales go again, in the same place.
				this.outbox.unanswered(batch);
				return false;
			}
			for (int i = 0; i < batch.size(); i++) {
				record(batch.get(i), body.path("results").get(i));
			}
		}
	}

	private boolean ringUpSale() {
		List<LocalCatalogue.Product> products = new ArrayList<>(this.catalogue.sellable());
		if (products.isEmpty()) {
			return false;
		}
		Collections.shuffle(products, this.random);
		List<DeviceSale.Line> lines = new ArrayList<>();
		for (LocalCatalogue.Product product : products.subList(0,
				1 + this.random.nextInt(Math.min(3, products.size())))) {
			lines.add(new DeviceSale.Line(product.id(), 1 + this.random.nextInt(3), product.unitPrice()));
		}
		this.rungUp++;
		this.outbox.add(DeviceSale.cash(this.prefix, this.rungUp, OffsetDateTime.now(SHOP_TIME), lines));
		return true;
	}

	private void record(DeviceSale sale, JsonNode result) {
		switch (result.path("status").asString()) {
			case "created" -> {
				this.outbox.confirm(sale.id());
				this.created++;
				this.progress.confirmed();
			}
			case "duplicate" -> {
				// Sent before and recorded then: an answer that was lost, a cut, a 502, a
				// duplicated or late batch. The server recognised it.
				this.outbox.confirm(sale.id());
				this.duplicates++;
				this.progress.confirmed();
			}
			case "rejected" -> {
				this.outbox.reject(sale.id(), result.path("error").toString());
				this.log.problem(sale.saleNumber() + " rejected: " + result.path("error"));
			}
			default -> {
				this.outbox.unanswered(List.of(sale));
				this.log.problem(sale.saleNumber() + " answered " + result);
			}
		}
	}

	/** Whether the server answered one result per sale, in the order sent. */
	private boolean answersInOrder(List<DeviceSale> batch, JsonNode results) {
		boolean inOrder = results.isArray() && results.size() == batch.size();
		for (int i = 0; inOrder && i < batch.size(); i++) {
			inOrder = results.get(i).path("id").asString().equals(batch.get(i).id().toString());
		}
		if (!inOrder) {
			this.log.problem("results do not match the batch of " + batch.size() + ": " + results);
		}
		return inOrder;
	}

	/** The JSON of a 200 answer, or null when it was cut short (tried again later). */
	private JsonNode body(TestResponse answer) {
		try {
			return answer.json();
		}
		catch (JacksonException ex) {
			this.log.failed();
			return null;
		}
	}

	private int batchSize() {
		int kind = this.random.nextInt(20);
		return (kind < 10) ? 1 + this.random.nextInt(10)
				: (kind < 17) ? 11 + this.random.nextInt(90) : 101 + this.random.nextInt(400);
	}

	private long syncPauseNanos() {
		return Duration.ofMillis((long) ((0.5 + this.random.nextDouble()) * this.syncPauseMillis)).toNanos();
	}

	private long thinkNanos() {
		return Duration.ofMillis((long) (this.random.nextDouble() * 2 * this.thinkMillis)).toNanos();
	}

	UUID id() {
		return this.id;
	}

	String prefix() {
		return this.prefix;
	}

	DeviceOutbox outbox() {
		return this.outbox;
	}

	LocalCatalogue catalogue() {
		return this.catalogue;
	}

	int created() {
		return this.created;
	}

	int duplicates() {
		return this.duplicates;
	}

	/** How many bulk_create requests it sent, retries included. */
	int batchesSent() {
		return this.batchesSent;
	}

	/** Failed calls, problems and the app's own 5xx answers this till saw. */
	CallLog log() {
		return this.log;
	}

}
