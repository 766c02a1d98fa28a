package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A back-office script that changes the catalogue while the tills sell and pull: prices
 * (with If-Match, again on 412), archive and restore, and stock adjustments with a
 * client-made id, each tried until the server acknowledges it.
 */
final class CatalogueWriter implements Callable<Void> {

	/**
	 * Archived products are restored on their next turn: about one in six stays archived.
	 */
	private static final double ARCHIVE_CHANCE = 0.2;

	private final TestApi api;

	private final List<UUID> products;

	private final Set<UUID> editedOnTills;

	private final AdjustmentLedger ledger;

	private final Random random;

	private final AtomicBoolean stop;

	private final Deadline deadline;

	private final Backoff backoff;

	private final CallLog log;

	private int priceChanges;

	private int archives;

	private int restores;

	private int preconditionFailures;

	private int replayedAdjustments;

	CatalogueWriter(int number, TestApi api, List<UUID> products, Set<UUID> editedOnTills, AdjustmentLedger ledger,
			long seed, AtomicBoolean stop, Deadline deadline) {
		this.api = api;
		this.products = List.copyOf(products);
		this.editedOnTills = Set.copyOf(editedOnTills);
		this.ledger = ledger;
		this.random = new Random(seed * 17 + number);
		this.stop = stop;
		this.deadline = deadline;
		this.backoff = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(2), this.random);
		this.log = new CallLog("writer " + number);
	}

	/**
	 * Changes the catalogue until told to stop; a change under way is finished first. The
	 * products that managers' tills edit only get stock adjustments here: so that each
	 * has one last edit in a known order, and only the tills' edits made stale on purpose
	 * are.
	 */
	@Override
	public Void call() {
		while (!this.stop.get()) {
			this.backoff.reset();
			UUID product = this.products.get(this.random.nextInt(this.products.size()));
			JsonNode current = fetch(product);
			double draw = this.random.nextDouble();
			if (current.path("archived").asBoolean()) {
				setArchived(product, false);
			}
			else if (draw < ARCHIVE_CHANCE && !this.editedOnTills.contains(product)) {
				setArchived(product, true);
			}
			else if (draw < 0.6 && !this.editedOnTills.contains(product)) {
				reprice(product, current);
			}
			else {
				adjust(product);
			}
			Deadline.pause(Duration.ofMillis(50 + this.random.nextInt(200)));
		}
		return null;
	}

	private JsonNode fetch(UUID product) {
		while (true) {
			TestResponse answer = this.log.call(() -> this.api.get("/api/products/" + product), 200);
			JsonNode body = (answer != null) ? json(answer) : null;
			if (body != null) {
				return body;
			}
			retryLater("reading product " + product);
		}
	}

	/** A new price with If-Match; a 412 answers the current product to edit again. */
	private void reprice(UUID product, JsonNode read) {
		JsonNode current = read;
		while (true) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("sku", current.path("sku").asString());
			details.put("barcode", current.path("barcode").isString() ? current.path("barcode").asString() : null);
			details.put("name", current.path("name").asString());
			details.put("category", current.path("category").isString() ? current.path("category").asString() : null);
			details.put("unit_price", BigDecimal.valueOf(500 + 250 * this.random.nextInt(80)).setScale(2));
			String ifMatch = "\"" + current.path("version").asLong() + "\"";
			TestResponse answer = this.log.call(
					() -> this.api.send("PUT", "/api/products/" + product, details, Map.of("If-Match", ifMatch)), 200,
					412);
			JsonNode body = (answer != null) ? json(answer) : null;
			if (body != null && answer.status() == 200) {
				this.priceChanges++;
				return;
			}
			if (body != null && body.path("current").isObject()) {
				// Edited since it was read (by the other writer, or by this edit whose
				// answer was lost): edit what is there now.
				this.preconditionFailures++;
				current = body.path("current");
				continue;
			}
			// The same edit again: if the lost answer was a success, this is a 412 with
			// the product as that edit left it.
			retryLater("repricing " + product);
		}
	}

	private void setArchived(UUID product, boolean archived) {
		String path = "/api/products/" + product + (archived ? "/archive" : "/restore");
		while (this.log.call(() -> this.api.post(path, null), 200) == null) {
			retryLater(path);
		}
		if (archived) {
			this.archives++;
		}
		else {
			this.restores++;
		}
	}

	/**
	 * Goods received or written off; the same id again until the server acknowledges it.
	 */
	private void adjust(UUID product) {
		int delta = (this.random.nextInt(4) == 0) ? -(1 + this.random.nextInt(5)) : 1 + this.random.nextInt(30);
		StockChange change = new StockChange(UUID.randomUUID(), product, BigDecimal.valueOf(delta),
				(delta > 0) ? "received" : "damaged");
		Map<String, Object> adjustment = Map.of("id", change.adjustmentId(), "delta", delta, "reason", change.reason());
		String path = "/api/products/" + product + "/stock_adjustments";
		TestResponse answer;
		while ((answer = this.log.call(() -> this.api.post(path, adjustment), 201, 200)) == null) {
			retryLater(path);
		}
		if (answer.status() == 200) {
			// Recorded by an earlier try whose answer was lost: not recorded twice.
			this.replayedAdjustments++;
		}
		this.ledger.acknowledged(change);
	}

	private JsonNode json(TestResponse answer) {
		try {
			return answer.json();
		}
		catch (JacksonException ex) {
			this.log.failed();
			return null;
		}
	}

	private void retryLater(String what) {
		this.deadline.check(what);
		Deadline.pause(this.backoff.next());
	}

	int priceChanges() {
		return this.priceChanges;
	}

	int archives() {
		return this.archives;
	}

	int restores() {
		return this.restores;
	}

	int preconditionFailures() {
		return this.preconditionFailures;
	}

	int replayedAdjustments() {
		return this.replayedAdjustments;
	}

	CallLog log() {
		return this.log;
	}

}
