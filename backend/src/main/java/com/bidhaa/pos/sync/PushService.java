package com.bidhaa.pos.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.sales.RecordSaleCommand;
import com.bidhaa.pos.sales.RecordedSale;
import com.bidhaa.pos.sales.SaleCommandReader;
import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a device's batch of sales: each sale alone, in its own transaction, so a
 * rejected sale never rolls back another and a replayed one is answered, not applied
 * again.
 */
@Service
class PushService {

	private final SaleCommandReader reader;

	private final SalesApi sales;

	private final ConflictStore conflicts;

	private final DevicesApi devices;

	private final SyncProperties properties;

	private final TransactionTemplate eachSale;

	PushService(SaleCommandReader reader, SalesApi sales, ConflictStore conflicts, DevicesApi devices,
			SyncProperties properties, PlatformTransactionManager transactions) {
		this.reader = reader;
		this.sales = sales;
		this.conflicts = conflicts;
		this.devices = devices;
		this.properties = properties;
		this.eachSale = new TransactionTemplate(transactions);
		this.eachSale.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	BulkCreateResponse push(BulkCreateRequest batch, AuthenticatedUser user, UUID headerDeviceId) {
		// 1: refuse a batch larger than the limit as a whole: nothing of it is applied.
		if (batch.sales().size() > this.properties.maxBatch()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BATCH_TOO_LARGE, "Batch too large",
					"At most " + this.properties.maxBatch() + " sales a request; split the batch.");
		}
		UUID deviceId = (batch.deviceId() != null) ? batch.deviceId() : headerDeviceId;
		List<BulkCreateResponse.Result> results = new ArrayList<>();
		// 2: each sale in the order written, each in its own transaction.
		for (JsonNode sale : batch.sales()) {
			results.add(apply(sale, user, deviceId));
		}
		// 3: what the device still holds, and how safe it is, feed the sync status page.
		if (deviceId != null) {
			this.devices.recordPush(deviceId, user.id(), batch.pending(),
					(batch.health() != null) ? batch.health().toReport() : null);
		}
		return BulkCreateResponse.of(results);
	}

	private BulkCreateResponse.Result apply(JsonNode sale, AuthenticatedUser user, UUID deviceId) {
		try {
			RecordSaleCommand command = this.reader.read(sale, user.id(), deviceId);
			return this.eachSale.execute((status) -> {
				RecordedSale recorded = this.sales.recordSale(command);
				if (!recorded.created()) {
					return BulkCreateResponse.Result.duplicate(recorded.sale());
				}
				this.conflicts.record(command.deviceId(), command.id(), recorded.conflicts());
				return BulkCreateResponse.Result.created(recorded.sale(), recorded.conflicts());
			});
		}
		catch (ApiException ex) {
			// 4: a sale that cannot be recorded is answered with its reason; the rest go
			// on.
			return BulkCreateResponse.Result.rejected(idOf(sale), ex.code(), ex.getMessage());
		}
		catch (DataIntegrityViolationException ex) {
			// 5: the database refused one of its values: that sale alone cannot be
			// stored.
			// Other database failures are not the sale's fault: the request fails and the
			// device sends the batch again.
			return BulkCreateResponse.Result.rejected(idOf(sale), ProblemTypes.INVALID_SALE,
					"A value of this sale cannot be stored.");
		}
	}

	private static UUID idOf(JsonNode sale) {
		JsonNode id = sale.path("id");
		if (!id.isString()) {
			return null;
		}
		try {
			return UUID.fromString(id.stringValue());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
