package com.bidhaa.pos.sync;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applied-mutation log: which mutation ids were applied, to which record, written in
 * each mutation's own transaction.
 */
@Component
class AppliedMutations {

	private final JdbcClient jdbc;

	private final Clock clock;

	AppliedMutations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The mutation as logged, if it was applied before. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Entry> find(UUID mutationId) {
		return this.jdbc.sql("SELECT name, record_id FROM applied_mutations WHERE id = ?")
			.param(mutationId)
			.query((rs, row) -> new Entry(rs.getString("name"), rs.getObject("record_id", UUID.class)))
			.optional();
	}

	/** Logs the mutation as applied, in its transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(UUID mutationId, UUID deviceId, String name, UUID recordId) {
		this.jdbc
			.sql("INSERT INTO applied_mutations (id, device_id, name, record_id, applied_at) VALUES (?, ?, ?, ?, ?)")
			.params(mutationId, deviceId, name, recordId, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** A logged mutation: its name and the record it was about. */
	record Entry(String name, UUID recordId) {
	}

}
