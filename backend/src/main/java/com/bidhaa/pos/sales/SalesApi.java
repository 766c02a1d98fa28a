package com.bidhaa.pos.sales;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.devices.SaleSequence;

import org.springframework.stereotype.Component;

/**
 * What other modules may do with sales: record one, and read what devices sent.
 */
@Component
public class SalesApi {

	private final SaleService service;

	private final SaleQueries queries;

	SalesApi(SaleService service, SaleQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	/** Records the sale once (a sale.record mutation), with its conflicts. */
	public RecordedSale recordSale(SaleRequest args, UUID cashierId, UUID deviceId) {
		return this.service.recordSale(args.toCommand(cashierId, deviceId));
	}

	/** The stored sale, if any. */
	public Optional<SaleResponse> find(UUID id) {
		return this.queries.find(id);
	}

	/** How far the device's sequence has arrived, from what was known of it. */
	public SaleSequence sequence(UUID deviceId, SaleSequence known) {
		return this.queries.sequence(deviceId, known);
	}

	/** Sales held from the device, sold in [from, to) (either bound may be null). */
	public DeviceSales fromDevice(UUID deviceId, Instant from, Instant to) {
		return this.queries.fromDevice(deviceId, from, to);
	}

	/** How many sales the server received since this instant. */
	public long receivedSince(Instant since) {
		return this.queries.receivedSince(since);
	}

	/** The distinct sequence numbers above {@code after} that have arrived, ascending. */
	public List<Long> sequencesAbove(UUID deviceId, long after, int limit) {
		return this.queries.sequencesAbove(deviceId, after, limit);
	}

	/**
	 * Sales sold since {@code since} changed after (version, id); one cashier's if set.
	 */
	public List<SaleSyncRecord> changedAfter(long version, UUID id, Instant since, UUID cashierId, int limit) {
		return this.queries.changedAfter(version, id, since, cashierId, limit);
	}

}
