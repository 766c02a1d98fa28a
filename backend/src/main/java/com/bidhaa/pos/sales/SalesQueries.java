package com.bidhaa.pos.sales;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.bidhaa.pos.shared.Money;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of sales.
 */
@Service
@Transactional(readOnly = true)
public class SalesQueries {

	private final SaleRepository sales;

	private final JdbcClient jdbc;

	SalesQueries(SaleRepository sales, JdbcClient jdbc) {
		this.sales = sales;
		this.jdbc = jdbc;
	}

	/**
	 * How many sales the server holds from the device and their total, sold at or after
	 * {@code from} and before {@code to} (either may be null for no bound).
	 */
	public DeviceSales fromDevice(UUID deviceId, Instant from, Instant to) {
		StringBuilder sql = new StringBuilder(
				"SELECT count(*) AS n, coalesce(sum(total_amount), 0) AS total FROM sales WHERE device_id = ?");
		List<Object> parameters = new ArrayList<>(List.of(deviceId));
		if (from != null) {
			sql.append(" AND sold_at >= ?");
			parameters.add(from.atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			sql.append(" AND sold_at < ?");
			parameters.add(to.atOffset(ZoneOffset.UTC));
		}
		return this.jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, row) -> new DeviceSales(rs.getLong("n"), Money.of(rs.getBigDecimal("total"))))
			.single();
	}

	/** How many sales the server received since this instant. */
	public long receivedSince(Instant since) {
		return this.sales.countByReceivedAtGreaterThanEqual(since);
	}

	/**
	 * The distinct sequence numbers above {@code after} that have arrived from the
	 * device, ascending.
	 */
	public List<Long> sequencesAbove(UUID deviceId, long after, int limit) {
		return this.sales.sequencesAbove(deviceId, after, Limit.of(limit));
	}

	/**
	 * Up to {@code limit} sales sold since {@code since} and changed after the row
	 * (version, id), in that order; only {@code cashierId}'s when it is not null.
	 */
	public List<SaleSyncRecord> changedAfter(long version, UUID id, Instant since, UUID cashierId, int limit) {
		List<Sale> changed = (cashierId != null)
				? this.sales.changedAfterForCashier(version, id, since, cashierId, Limit.of(limit))
				: this.sales.changedAfter(version, id, since, Limit.of(limit));
		return changed.stream().map((sale) -> new SaleSyncRecord(SaleResponse.of(sale))).toList();
	}

}
