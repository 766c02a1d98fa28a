package com.bidhaa.pos.sales;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.devices.SaleSequence;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.Money;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.PageResponse;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sales: managers see the whole shop, a cashier only their own; the sync module
 * reads what devices sent.
 */
@Service
@Transactional(readOnly = true)
class SaleQueries {

	private final SaleRepository sales;

	private final JdbcClient jdbc;

	private final SaleMapper mapper;

	SaleQueries(SaleRepository sales, JdbcClient jdbc, SaleMapper mapper) {
		this.sales = sales;
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	PageResponse<SaleResponse> list(SaleSearch search, int page, int size, AuthenticatedUser caller) {
		SaleSearch scoped = caller.isManager() ? search
				: new SaleSearch(search.from(), search.to(), caller.id(), search.deviceId(), search.paymentMethod());
		return PageResponse.of(
				this.sales.findAll(scoped.toSpecification(),
						PageRequest.of(page, size, Sort.by(Sort.Order.desc("soldAt"), Sort.Order.asc("id")))),
				this.mapper::toResponse);
	}

	SaleResponse get(UUID id, AuthenticatedUser caller) {
		Sale sale = this.sales.findById(id).orElseThrow(() -> new NotFoundException("Sale", id));
		if (!caller.isManager() && !sale.getCashierId().equals(caller.id())) {
			throw SaleExceptions.notYours(id);
		}
		return this.mapper.toResponse(sale);
	}

	Optional<SaleResponse> find(UUID id) {
		return this.sales.findById(id).map(this.mapper::toResponse);
	}

	DeviceSales fromDevice(UUID deviceId, Instant from, Instant to) {
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

	long receivedSince(Instant since) {
		return this.sales.countByReceivedAtGreaterThanEqual(since);
	}

	List<Long> sequencesAbove(UUID deviceId, long after, int limit) {
		return this.sales.sequencesAbove(deviceId, after, Limit.of(limit));
	}

	/**
	 * How far the device's sequence has arrived, from what was known: contiguous moves
	 * past every number that has arrived since, max is the highest number held.
	 */
	SaleSequence sequence(UUID deviceId, SaleSequence known) {
		long contiguous = known.contiguous();
		List<Long> above = sequencesAbove(deviceId, contiguous, 10_000);
		for (long seq : above) {
			if (seq != contiguous + 1) {
				break;
			}
			contiguous = seq;
		}
		Long max = this.sales.maxSequence(deviceId);
		return new SaleSequence(contiguous, Math.max(known.max(), (max != null) ? max : 0));
	}

	List<SaleSyncRecord> changedAfter(long version, UUID id, Instant since, UUID cashierId, int limit) {
		List<Sale> changed = (cashierId != null)
				? this.sales.changedAfterForCashier(version, id, since, cashierId, Limit.of(limit))
				: this.sales.changedAfter(version, id, since, Limit.of(limit));
		return changed.stream().map((sale) -> new SaleSyncRecord(this.mapper.toResponse(sale))).toList();
	}

}
