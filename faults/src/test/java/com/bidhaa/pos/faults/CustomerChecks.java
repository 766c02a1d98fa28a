package com.bidhaa.pos.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;

import tools.jackson.databind.JsonNode;

/**
 * The customer checks of {@link MutationChecks}: each customer field on the server is the
 * value of its latest edit (by edited_at) on any till, and each customer-edit conflict
 * records an edit that a later one beat, once.
 */
final class CustomerChecks {

	private final List<SimulatedDevice> devices;

	private final MutationChecks checks;

	private int customers;

	private int conflicts;

	private CustomerChecks(List<SimulatedDevice> devices, MutationChecks checks) {
		this.devices = devices;
		this.checks = checks;
	}

	static void run(List<SimulatedDevice> devices, Connection db, MutationChecks checks) throws SQLException {
		CustomerChecks customers = new CustomerChecks(devices, checks);
		customers.checkFields(db);
		checks.customersOnServer(customers.customers, customers.conflicts);
	}

	/**
	 * Every customer field is the value of its latest edit (by edited_at) on any till.
	 */
	private void checkFields(Connection db) throws SQLException {
		Map<UUID, Map<String, Latest>> expected = new LinkedHashMap<>();
		for (SimulatedDevice device : this.devices) {
			for (DeviceOutbox.Entry entry : device.outbox().entries()) {
				if (entry.intent() instanceof CustomerEdit edit && entry.state() == DeviceOutbox.State.CONFIRMED) {
					Map<String, Latest> fields = expected.computeIfAbsent(edit.customerId(), (id) -> new HashMap<>());
					for (String field : CustomerEdit.FIELDS) {
						if (edit.touches(field)) {
							fields.merge(field, new Latest(edit.editedAt(), edit.fields().get(field), device.prefix()),
									(a, b) -> a.editedAt().isAfter(b.editedAt()) ? a : b);
						}
					}
				}
			}
		}
		Map<UUID, Map<String, String>> stored = new HashMap<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, name, phone, email, notes FROM customers")) {
			while (rows.next()) {
				Map<String, String> fields = new HashMap<>();
				for (String field : CustomerEdit.FIELDS) {
					fields.put(field, rows.getString(field));
				}
				stored.put(rows.getObject("id", UUID.class), fields);
			}
		}
		this.customers = stored.size();
		expected.forEach((id, fields) -> {
			Map<String, String> kept = stored.remove(id);
			if (kept == null) {
				this.checks.lost("customer.upsert");
				this.checks.fail("Customer %s is not on the server", id);
				return;
			}
			fields.forEach((field, latest) -> {
				if (!Objects.equals(kept.get(field), latest.value())) {
					this.checks.lost("customer.upsert");
					this.checks.fail("Customer %s has %s %s, but the latest edit (%s on %s) gave %s", id, field,
							kept.get(field), latest.editedAt(), latest.till(), latest.value());
				}
			});
		});
		stored.forEach((id, fields) -> {
			this.checks.doubled("customer.upsert");
			this.checks.fail("The server holds a customer no till created: %s %s", id, fields);
		});
		checkConflicts(expected, db);
	}

	/**
	 * Every customer-edit conflict names a value some till sent for that field at that
	 * edit time, which a later edit of the field beat, and is recorded once.
	 */
	private void checkConflicts(Map<UUID, Map<String, Latest>> latest, Connection db) throws SQLException {
		Map<String, Instant> sent = new HashMap<>();
		for (SimulatedDevice device : this.devices) {
			for (DeviceOutbox.Entry entry : device.outbox().entries()) {
				if (entry.intent() instanceof CustomerEdit edit && entry.state() == DeviceOutbox.State.CONFIRMED) {
					edit.fields()
						.forEach((field, value) -> sent.put(edit.customerId() + " " + field + " " + value,
								edit.editedAt().toInstant()));
				}
			}
		}
		Set<String> recorded = new HashSet<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT customer_id, details FROM sync_conflicts WHERE type = 'customer-edit'")) {
			while (rows.next()) {
				this.conflicts++;
				UUID customer = rows.getObject("customer_id", UUID.class);
				JsonNode details = TestApi.JSON.readTree(rows.getString("details"));
				String field = details.path("field").asString();
				String key = customer + " " + field + " " + details.path("offered").asString();
				Instant offeredAt = Instant.parse(details.path("offered_edited_at").asString());
				Latest last = latest.getOrDefault(customer, Map.of()).get(field);
				if (!recorded.add(key)) {
					this.checks.doubled("customer.upsert");
					this.checks.fail("The customer-edit conflict %s is recorded more than once", details);
				}
				else if (!offeredAt.equals(sent.get(key)) || last == null
						|| !last.editedAt().toInstant().isAfter(offeredAt)) {
					this.checks.fail(
							"The customer-edit conflict %s of %s names no edit that a later one beat (latest: %s)",
							details, customer, last);
				}
			}
		}
		int answered = this.devices.stream()
			.mapToInt((device) -> device.counts().get("customer.upsert", "conflicts"))
			.sum();
		if (answered > this.conflicts) {
			this.checks.lost("customer.upsert");
			this.checks.fail("The tills were answered %d customer-edit conflicts; the server recorded %d", answered,
					this.conflicts);
		}
	}

	/** A field's latest edit: when, the value, on which till. */
	private record Latest(OffsetDateTime editedAt, String value, String till) {
	}

}
