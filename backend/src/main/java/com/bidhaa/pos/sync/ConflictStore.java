package com.bidhaa.pos.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import com.bidhaa.pos.sales.SaleConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the conflicts of a sale in the sale's own transaction, so a sale and what it
 * conflicted with are recorded together or not at all.
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

	@Transactional(propagation = Propagation.MANDATORY)
	void record(UUID deviceId, UUID saleId, List<SaleConflict> conflicts) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		for (SaleConflict conflict : conflicts) {
			this.jdbc.sql("""
					INSERT INTO sync_conflicts (id, type, device_id, sale_id, product_id, details, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), conflict.type(), deviceId, saleId, conflict.productId(),
						this.json.writeValueAsString(conflict.values()), now)
				.update();
		}
	}

}
