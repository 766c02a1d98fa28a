package com.bidhaa.pos.inventory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.bidhaa.pos.shared.ChangeVersions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records stock movements and answers stock on hand. Movements and the running level are
 * written in the caller's transaction, so a sale and the stock it moved commit together
 * or not at all.
 */
@Service
@Transactional(readOnly = true)
public class InventoryApi {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ChangeVersions versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InventoryApi(JdbcClient jdbc, NamedParameterJdbcTemplate named, ChangeVersions versions,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
	}

	/** Starts the stock level of a new product at zero. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void startLevel(UUID productId) {
		this.jdbc.sql("INSERT INTO stock_levels (product_id, on_hand, version) VALUES (?, 0, ?)")
			.params(productId, this.versions.current())
			.update();
	}

	/** The stock on hand of one product (zero if it never moved). */
	public BigDecimal onHand(UUID productId) {
		return onHand(List.of(productId)).getOrDefault(productId, BigDecimal.ZERO);
	}

	/** The stock on hand of several products. */
	public Map<UUID, BigDecimal> onHand(Collection<UUID> productIds) {
		Map<UUID, BigDecimal> levels = new HashMap<>();
		if (productIds.isEmpty()) {
			return levels;
		}
		this.named.query("SELECT product_id, on_hand FROM stock_levels WHERE product_id IN (:ids)",
				new MapSqlParameterSource("ids", productIds), (ResultSet rs) -> {
					levels.put(rs.getObject("product_id", UUID.class), rs.getBigDecimal("on_hand"));
				});
		return levels;
	}

	/**
	 * Records the goods a sale took out; stock may go below zero, because the goods are
	 * gone.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordSale(UUID saleId, List<SaleMovement> movements, UUID userId) {
		long version = this.versions.current();
		OffsetDateTime now = utc(this.clock.instant());
		MapSqlParameterSource[] rows = movements.stream()
			.map((movement) -> new MapSqlParameterSource().addValue("id", UUID.randomUUID())
				.addValue("product", movement.productId())
				.addValue("quantity", movement.quantity().negate())
				.addValue("sale", saleId)
				.addValue("user", userId)
				.addValue("now", now)
				.addValue("version", version))
			.toArray(MapSqlParameterSource[]::new);
		this.named.batchUpdate("""
				INSERT INTO stock_movements (id, product_id, kind, quantity, sale_id, user_id, created_at)
				VALUES (:id, :product, 'SALE', :quantity, :sale, :user, :now)""", rows);
		this.named.batchUpdate("""
				UPDATE stock_levels SET on_hand = on_hand + :quantity, version = :version
				WHERE product_id = :product""", rows);
		this.events.publishEvent(new StockChanged(
				movements.stream().map(SaleMovement::productId).collect(java.util.stream.Collectors.toSet())));
	}

	/**
	 * Records an adjustment once; a replay of the same id answers the stored one, a
	 * different adjustment under a used id is refused.
	 */
	@Transactional
	public StockAdjustment recordAdjustment(RecordAdjustmentCommand command) {
		long version = this.versions.current();
		Instant now = this.clock.instant();
		int inserted = this.jdbc.sql("""
				INSERT INTO stock_movements (id, product_id, kind, quantity, reason, note, user_id, created_at)
				VALUES (?, ?, 'ADJUSTMENT', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(command.id(), command.productId(), command.delta(), command.reason().name(), command.note(),
					command.userId(), utc(now))
			.update();
		if (inserted == 1) {
			this.jdbc.sql("UPDATE stock_levels SET on_hand = on_hand + ?, version = ? WHERE product_id = ?")
				.params(command.delta(), version, command.productId())
				.update();
			this.events.publishEvent(new StockChanged(java.util.Set.of(command.productId())));
			return new StockAdjustment(command.id(), command.productId(), command.delta(), command.reason(),
					command.note(), command.userId(), now, onHand(command.productId()), true);
		}
		StockAdjustment stored = findAdjustment(command.id());
		if (stored == null || !sameAdjustment(stored, command)) {
			throw new AdjustmentConflictException(command.id());
		}
		return stored;
	}

	/** A product's movements, newest first. */
	public List<StockMovementResponse> history(UUID productId, int limit) {
		return this.jdbc.sql("""
				SELECT id, kind, quantity, sale_id, reason, note, user_id, created_at FROM stock_movements
				WHERE product_id = ? ORDER BY created_at DESC, id LIMIT ?""")
			.params(productId, limit)
			.query((rs, row) -> new StockMovementResponse(rs.getObject("id", UUID.class),
					rs.getString("kind").toLowerCase(Locale.ROOT), rs.getBigDecimal("quantity"),
					rs.getObject("sale_id", UUID.class), lower(rs.getString("reason")), rs.getString("note"),
					rs.getObject("user_id", UUID.class), instant(rs, "created_at")))
			.list();
	}

	private StockAdjustment findAdjustment(UUID id) {
		return this.jdbc.sql("""
				SELECT id, product_id, quantity, reason, note, user_id, created_at FROM stock_movements
				WHERE id = ? AND kind = 'ADJUSTMENT'""")
			.param(id)
			.query((rs, row) -> new StockAdjustment(id, rs.getObject("product_id", UUID.class),
					rs.getBigDecimal("quantity"), AdjustmentReason.valueOf(rs.getString("reason")),
					rs.getString("note"), rs.getObject("user_id", UUID.class), instant(rs, "created_at"),
					onHand(rs.getObject("product_id", UUID.class)), false))
			.optional()
			.orElse(null);
	}

	private static boolean sameAdjustment(StockAdjustment stored, RecordAdjustmentCommand command) {
		return stored.productId().equals(command.productId()) && stored.delta().compareTo(command.delta()) == 0
				&& stored.reason() == command.reason() && Objects.equals(stored.note(), command.note());
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
