package com.bidhaa.pos.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import com.bidhaa.pos.customers.CustomerEditLost;
import com.bidhaa.pos.sales.SaleConflict;
import com.bidhaa.pos.sales.SaleConflictsFound;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the conflicts of a sale or a customer edit in the writing transaction, so a
 * write and what it conflicted with are recorded together or not at all.
 */
@Component
class ConflictStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ConflictStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records each customer field whose offered value lost to a later edit, in the edit's
	 * transaction.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CustomerEditLost event) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		for (CustomerEditLost.Field field : event.fields()) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("field", field.field());
			values.put("offered", field.offered());
			values.put("kept", field.kept());
			values.put("offered_edited_at", field.offeredEditedAt().toString());
			values.put("kept_edited_at", field.keptEditedAt().toString());
			this.jdbc.sql("""
					INSERT INTO sync_conflicts (id, type, device_id, customer_id, details, created_at)
					VALUES (?, 'customer-edit', ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), event.deviceId(), event.customerId(), this.json.writeValueAsString(values),
						now)
				.update();
		}
	}

	/** Records the conflicts of a sale, in the sale's transaction. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(SaleConflictsFound event) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		UUID deviceId = event.deviceId();
		UUID saleId = event.saleId();
		for (SaleConflict conflict : event.conflicts()) {
			this.jdbc.sql("""
					INSERT INTO sync_conflicts (id, type, device_id, sale_id, product_id, details, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), conflict.type(), deviceId, saleId, conflict.productId(),
						this.json.writeValueAsString(conflict.values()), now)
				.update();
		}
	}

}
