package com.bidhaa.pos.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of sales.
 */
@Service
@Transactional(readOnly = true)
public class SalesQueries {

	private final SaleRepository sales;

	SalesQueries(SaleRepository sales) {
		this.sales = sales;
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
