package com.bidhaa.pos.faults;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A customer created on the spot or edited on a till: only the fields it changed, and
 * when it changed them (customer.upsert).
 *
 * @param customerId the customer
 * @param editedAt when the till made the edit; unique across the run, so that the later
 * edit of a field is always well defined
 * @param fields the fields sent, by their snake_case name; a creation sends every field
 * @param creation true when the till created the customer with this edit
 */
record CustomerEdit(UUID customerId, OffsetDateTime editedAt, Map<String, String> fields,
		boolean creation) implements Intent {

	/** The fields a customer has; a creation sets those it does not send to null. */
	static final String[] FIELDS = { "name", "phone", "email", "notes" };

	@Override
	public String name() {
		return "customer.upsert";
	}

	@Override
	public Map<String, Object> toArgs() {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", this.customerId);
		args.put("edited_at", this.editedAt.toString());
		args.putAll(this.fields);
		return args;
	}

	@Override
	public UUID recordId() {
		return this.customerId;
	}

	/** The value this edit gives the field, or null when it does not touch it. */
	boolean touches(String field) {
		return this.creation || this.fields.containsKey(field);
	}

}
