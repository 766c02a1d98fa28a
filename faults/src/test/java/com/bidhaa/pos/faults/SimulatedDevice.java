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
 * One till with its own user, token and device id: it pulls the catalogue by cursor,
 * rings up cash sales offline from what it pulled, creates and edits customers (and, on a
 * manager's till, edits products and adjusts stock), and pushes its outbox through the
 * fault proxy as typed mutations, retrying with backoff, each mutation under the same id,
 * until the server has answered every one. A {@link Kind#V1} till is an older app: it
 * only sells, and sends its sales with bulk_create.
 */
final class SimulatedDevice implements Callable<Void> {

	/** Which app and which user a till runs. */
	enum Kind {

		/** An older app on a cashier's till: sales only, through bulk_create. */
		V1,

		/** A cashier's till on the push: sales and customers. */
		CASHIER,

		/** A manager's till on the push: sales, customers, product edits, stock. */
		MANAGER

	}

	private static final ZoneOffset SHOP_TIME = ZoneOffset.ofHours(3);

	private static final int MAX_PULL_PAGES = 10_000;

	private final UUID id = UUID.randomUUID();

	private final String prefix;

	private final Kind kind;

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

	private final CustomerBook customers;

	private final TillChores chores;

	private final CallLog log;

	private final MutationCounts counts = new MutationCounts();

	private String cursor;

	private int rungUp;

	private volatile int batchesSent;

	SimulatedDevice(int number, Kind kind, String token, int proxyPort, SuiteSize size, CustomerBook customers,
			List<UUID> editable, Progress progress, Deadline deadline) {
		this.prefix = "D%02d".formatted(number);
		this.kind = kind;
		this.log = new CallLog(this.prefix);
		this.api = TestApi.bearer(proxyPort, token).withHeaders(Map.of("X-Device-Id", this.id.toString()));
		this.salesToRingUp = size.salesPerDevice();
		this.thinkMillis = size.thinkTime().toMillis();
		this.syncPauseMillis = size.syncPause().toMillis();
		this.random = new Random(size.seed() * 31 + number);
		this.progress = progress;
		this.deadline = deadline;
		this.backoff = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(2), this.random);
		this.customers = customers;
		this.chores = new TillChores(this.prefix, this.random, this.catalogue, customers,
				(kind == Kind.MANAGER) ? editable : List.of());
	}

	/** Sells and syncs until every sale is rung up and every mutation answered. */
	@Override
	public Void call() {
		long nextSale = System.nanoTime();
		long nextSync = nextSale;
		while (this.rungUp < this.salesToRingUp || this.outbox.unconfirmed() > 0) {
			this.deadline.check("syncing on till " + this.prefix + ": " + this.outbox.unconfirmed()
					+ " mutations unanswered, " + this.rungUp + " sales rung up");
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
			List<DeviceOutbox.Entry> batch = this.outbox.nextBatch(batchSize());
			if (batch.isEmpty()) {
				return true;
			}
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("device_id", this.id);
			request.put("pending", Math.max(0, this.outbox.unconfirmed() - batch.size()));
			boolean v1 = this.kind == Kind.V1;
			if (v1) {
				request.put("sales", batch.stream().map((entry) -> entry.intent().toArgs()).toList());
			}
			else {
				request.put("mutations", batch.stream().map(DeviceOutbox.Entry::toJson).toList());
			}
			this.batchesSent++;
			TestResponse answer = this.log
				.call(() -> this.api.post(v1 ? "/api/sales/bulk_create" : "/api/sync/push", request), 200);
			JsonNode body = (answer != null) ? body(answer) : null;
			if (body == null || !answersInOrder(batch, body.path("results"), v1)) {
				// No usable answer: the same mutations go again, in the same place.
				this.outbox.unanswered(batch);
				return false;
			}
			for (int i = 0; i < batch.size(); i++) {
				record(batch.get(i), body.path("results").get(i), v1);
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
		UUID customer = null;
		if (this.kind != Kind.V1 && this.random.nextInt(6) == 0) {
			// A customer created on the spot, named by the sale right after it.
			CustomerEdit created = this.chores.newCustomer();
			this.outbox.add(created);
			customer = created.customerId();
		}
		this.rungUp++;
		this.outbox.add(DeviceSale.cash(this.prefix, this.rungUp, OffsetDateTime.now(SHOP_TIME), customer, lines));
		if (this.kind != Kind.V1) {
			doChores();
		}
		return true;
	}

	/** Between two sales: customers on every till, the catalogue on a manager's. */
	private void doChores() {
		if (this.random.nextInt(10) < 3) {
			queue(this.chores.editCustomer());
		}
		if (this.random.nextInt(10) == 0) {
			queue(this.chores.newCustomer());
		}
		if (this.kind == Kind.MANAGER) {
			if (this.random.nextInt(10) < 5) {
				queue(this.chores.editProduct());
			}
			if (this.random.nextInt(10) < 3) {
				queue(this.chores.adjustStock());
			}
		}
	}

	private void queue(Intent intent) {
		if (intent != null) {
			this.outbox.add(intent);
		}
	}

	private void record(DeviceOutbox.Entry entry, JsonNode result, boolean v1) {
		// bulk_create answers "created" where the push answers "applied".
		String status = (v1 && result.path("status").asString().equals("created")) ? "applied"
				: result.path("status").asString();
		switch (status) {
			case "applied", "duplicate" -> confirmed(entry, status, result);
			case "rejected" -> {
				JsonNode problem = v1 ? result.path("error") : result.path("problem");
				if (entry.intent() instanceof ProductEdit edit
						&& problem.path("code").asString().equals("precondition-failed")
						&& problem.path("current").isObject()) {
					// Someone changed the product since: keep this edit, made again on
					// the
					// server's version (the app's "Keep mine"), under a new mutation.
					this.outbox.settle(entry, problem.path("code").asString());
					this.counts.answered(entry, "stale");
					this.catalogue.apply(problem.path("current"));
					this.outbox.add(edit.rebasedOn(problem.path("current").path("version").asLong()));
					return;
				}
				this.outbox.reject(entry, problem.toString());
				this.counts.answered(entry, status);
				this.log.problem(entry.intent().name() + " " + entry.id() + " rejected: " + problem);
			}
			default -> {
				this.outbox.unanswered(List.of(entry));
				this.log.problem(entry.intent().name() + " " + entry.id() + " answered " + result);
			}
		}
	}

	/**
	 * Applied or duplicate: the server holds it; its copy of the record replaces the
	 * till's.
	 */
	private void confirmed(DeviceOutbox.Entry entry, String status, JsonNode result) {
		this.outbox.confirm(entry, status);
		this.counts.answered(entry, status);
		this.counts.conflicts(entry, result.path("conflicts").size());
		if (result.path("collection").asString().equals("products") && result.path("record").isObject()) {
			this.catalogue.apply(result.path("record"));
		}
		if (entry.intent() instanceof DeviceSale) {
			this.progress.confirmed();
		}
		else if (entry.intent() instanceof CustomerEdit edit && edit.creation()) {
			this.customers.created(edit.customerId());
		}
		else if (entry.intent() instanceof ProductEdit edit) {
			this.chores.edited(edit.productId());
		}
	}

	/** Whether the server answered one result per mutation, in the order sent. */
	private boolean answersInOrder(List<DeviceOutbox.Entry> batch, JsonNode results, boolean v1) {
		boolean inOrder = results.isArray() && results.size() == batch.size();
		for (int i = 0; inOrder && i < batch.size(); i++) {
			UUID expected = v1 ? batch.get(i).intent().recordId() : batch.get(i).id();
			inOrder = results.get(i).path("id").asString().equals(expected.toString());
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

	Kind kind() {
		return this.kind;
	}

	/** What the server answered to this till's mutations, by kind. */
	MutationCounts counts() {
		return this.counts;
	}

	/** How many push or bulk_create requests it sent, retries included. */
	int batchesSent() {
		return this.batchesSent;
	}

	/** Failed calls, problems and the app's own 5xx answers this till saw. */
	CallLog log() {
		return this.log;
	}

}
