package com.bidhaa.pos.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and resolves recorded conflicts.
 */
@Component
class ConflictQueries {

	static final List<String> TYPES = List.of("oversold", "price-mismatch", "archived-product", "total-mismatch",
			"customer-edit");

	private static final String COLUMNS = "id, type, device_id, sale_id, product_id, customer_id, details, created_at, resolved_at, resolved_by";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ConflictQueries(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Conflicts by state (open, resolved or all) and optional type, newest first. */
	@Transactional(readOnly = true)
	List<ConflictView> list(String state, String type, int limit) {
		if (type != null && !TYPES.contains(type)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"Parameter 'type' must be one of " + TYPES + ".");
		}
		String where = switch (state) {
			case "open" -> "resolved_at IS NULL";
			case "resolved" -> "resolved_at IS NOT NULL";
			case "all" -> "1 = 1";
			default -> throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER,
					"Invalid parameter", "Parameter 'status' must be open, resolved or all.");
		};
		if (type != null) {
			return this.jdbc
				.sql("SELECT " + COLUMNS + " FROM sync_conflicts WHERE " + where
						+ " AND type = ? ORDER BY created_at DESC, id LIMIT ?")
				.params(type, limit)
				.query(this::map)
				.list();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM sync_conflicts WHERE " + where + " ORDER BY created_at DESC, id LIMIT ?")
			.param(limit)
			.query(this::map)
			.list();
	}

	/** Open conflicts by type. */
	@Transactional(readOnly = true)
	Map<String, Long> openByType() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TYPES.forEach((type) -> counts.put(type, 0L));
		this.jdbc.sql("SELECT type, count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL GROUP BY type")
			.query((rs, row) -> counts.put(rs.getString("type"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Marks a conflict resolved by this user (resolving it again changes nothing). */
	@Transactional
	ConflictView resolve(UUID id, UUID userId) {
		this.jdbc.sql("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), userId, id)
			.update();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sync_conflicts WHERE id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("Conflict", id));
	}

	private ConflictView map(ResultSet rs, int row) throws SQLException {
		return new ConflictView(rs.getObject("id", UUID.class), rs.getString("type"),
				rs.getObject("device_id", UUID.class), rs.getObject("sale_id", UUID.class),
				rs.getObject("product_id", UUID.class), rs.getObject("customer_id", UUID.class),
				values(rs.getString("details")), instant(rs, "created_at"), instant(rs, "resolved_at"),
				rs.getObject("resolved_by", UUID.class));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> values(String details) {
		return this.json.readValue(details, Map.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
