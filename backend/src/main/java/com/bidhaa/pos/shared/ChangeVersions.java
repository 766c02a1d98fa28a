package com.bidhaa.pos.shared;

import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out the shop-wide change version that stamps every synced row a transaction
 * writes.
 *
 * <p>
 * The first call in a transaction bumps the single counter row, which holds its row lock
 * until the transaction ends. Writers therefore commit one after another in version
 * order, so a reader that has seen version {@code v} can never later see a commit with a
 * smaller version (docs/sync-protocol.md, invariant 1). Call it before any other write,
 * so every writer takes its locks in the same order.
 */
@Component
public class ChangeVersions {

	private static final Object KEY = ChangeVersions.class.getName() + ".version";

	private final JdbcClient jdbc;

	ChangeVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The last version handed out (committed) and the database's epoch, which changes
	 * when a backup is restored (see migration V9).
	 */
	@Transactional(readOnly = true)
	public VersionState state() {
		return this.jdbc.sql("SELECT last_version, epoch FROM change_versions WHERE id = 1")
			.query((rs, row) -> new VersionState(rs.getLong("last_version"), rs.getString("epoch")))
			.single();
	}

	/**
	 * Gives the database an epoch at start when it has none (a new database, or one just
	 * restored).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void ensureEpoch() {
		this.jdbc.sql("UPDATE change_versions SET epoch = ? WHERE id = 1 AND epoch IS NULL")
			.param(UUID.randomUUID().toString())
			.update();
	}

	/** The version of the current transaction, taken on first use. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long current() {
		Long version = (Long) TransactionSynchronizationManager.getResource(KEY);
		if (version != null) {
			return version;
		}
		this.jdbc.sql("UPDATE change_versions SET last_version = last_version + 1 WHERE id = 1").update();
		long next = this.jdbc.sql("SELECT last_version FROM change_versions WHERE id = 1").query(Long.class).single();
		TransactionSynchronizationManager.bindResource(KEY, next);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
			}
		});
		return next;
	}

}
