package com.bidhaa.pos.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.bidhaa.pos.shared.ShopProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and replaces the shop's one row of details; concurrent edits take its row lock in
 * turn, so the last write wins whole.
 */
@Service
class ShopService {

	private static final String SELECT = """
			SELECT name, address, phone, tin, receipt_footer, version, updated_at FROM shop_settings WHERE id = 1""";

	private final JdbcClient jdbc;

	private final ShopProperties shop;

	private final Clock clock;

	private final ShopMapper mapper;

	ShopService(JdbcClient jdbc, ShopProperties shop, Clock clock, ShopMapper mapper) {
		this.jdbc = jdbc;
		this.shop = shop;
		this.clock = clock;
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	ShopResponse get() {
		return response(this.jdbc.sql(SELECT).query(Stored::map).single());
	}

	/**
	 * Replaces the details; sending what is stored already changes nothing, not even the
	 * version.
	 */
	@Transactional
	ShopResponse replace(ShopDetails details) {
		Stored stored = this.jdbc.sql(SELECT + " FOR UPDATE").query(Stored::map).single();
		if (stored.details().equals(details)) {
			return response(stored);
		}
		this.jdbc.sql("""
				UPDATE shop_settings SET name = ?, address = ?, phone = ?, tin = ?, receipt_footer = ?,
				    version = version + 1, updated_at = ?
				WHERE id = 1""")
			.params(details.name(), details.address(), details.phone(), details.tin(), details.receiptFooter(),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return response(this.jdbc.sql(SELECT).query(Stored::map).single());
	}

	private ShopResponse response(Stored stored) {
		return this.mapper.toResponse(stored.details(), this.shop.currency().getCurrencyCode(),
				this.shop.timeZone().getId(), stored.version(), stored.updatedAt());
	}

	private record Stored(ShopDetails details, long version, Instant updatedAt) {

		static Stored map(ResultSet rs, int row) throws SQLException {
			OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
			return new Stored(
					new ShopDetails(rs.getString("name"), rs.getString("address"), rs.getString("phone"),
							rs.getString("tin"), rs.getString("receipt_footer")),
					rs.getLong("version"), (updatedAt != null) ? updatedAt.toInstant() : null);
		}

	}

}
