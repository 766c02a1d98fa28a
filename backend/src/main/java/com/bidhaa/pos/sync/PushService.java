package com.bidhaa.pos.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.bidhaa.pos.devices.DeviceCall;
import com.bidhaa.pos.devices.DeviceView;
import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.devices.HealthReport;
import com.bidhaa.pos.devices.SaleSequence;
import com.bidhaa.pos.sales.SaleResponse;
import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Applies a device's mutations (docs/sync-protocol.md, "Push"): each alone, in its own
 * transaction with its row of the applied-mutation log, so a rejected mutation never
 * rolls back another and one sent again is answered, not applied again; then writes the
 * device's bookkeeping once.
 */
@Service
class PushService {

	private final MutationApplier mutations;

	private final MutationArgs reader;

	private final DevicesApi devices;

	private final SalesApi sales;

	private final SyncProperties properties;

	PushService(MutationApplier mutations, MutationArgs reader, DevicesApi devices, SalesApi sales,
			SyncProperties properties) {
		this.mutations = mutations;
		this.reader = reader;
		this.devices = devices;
		this.sales = sales;
		this.properties = properties;
	}

	PushResponse push(PushRequest request, AuthenticatedUser user, UUID headerDeviceId) {
		// 1: refuse what is wrong with the request as a whole: nothing of it is applied.
		if (headerDeviceId != null && !headerDeviceId.equals(request.deviceId())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
					"X-Device-Id and device_id name different devices.",
					Map.of("errors", List.of(Map.of("field", "device_id", "message", "must equal X-Device-Id"))));
		}
		checkSize(request.mutations(), "mutations");
		UUID deviceId = request.deviceId();
		// 2: each mutation in the order made, each in its own transaction.
		this.devices.ensureRegistered(deviceId, user.id());
		List<PushResult> results = new ArrayList<>();
		for (JsonNode mutation : request.mutations()) {
			results.add(apply(mutation, user, deviceId));
		}
		// 3: the device's bookkeeping, once.
		recordPush(deviceId, user, request.pending(), request.health());
		return PushResponse.of(results);
	}

	/** POST /api/sales/bulk_create: each sale as a sale.record mutation without an id. */
	BulkCreateResponse bulkCreate(BulkCreateRequest batch, AuthenticatedUser user, UUID headerDeviceId) {
		checkSize(batch.sales(), "sales");
		UUID deviceId = (batch.deviceId() != null) ? batch.deviceId() : headerDeviceId;
		if (deviceId != null) {
			this.devices.ensureRegistered(deviceId, user.id());
		}
		List<BulkCreateResponse.Result> results = new ArrayList<>();
		Set<UUID> others = new LinkedHashSet<>();
		for (JsonNode sale : batch.sales()) {
			UUID saleId = idOf(sale.path("id"));
			PushResult result = this.mutations.apply(null, SaleRecordMutation.NAME, sale, user, deviceId, false);
			results.add(BulkCreateResponse.Result.of(saleId, result));
			if (result.record() instanceof SaleResponse recorded && recorded.deviceId() != null
					&& !recorded.deviceId().equals(deviceId)) {
				others.add(recorded.deviceId());
			}
		}
		if (deviceId != null) {
			recordPush(deviceId, user, batch.pending(), batch.health());
		}
		// An older app's batch may carry sales of other devices: their sequences move
		// too.
		others.forEach((other) -> this.devices
			.record(DeviceCall.seen(other, user.id()).withSequence(this.sales.sequence(other, known(other)))));
		return BulkCreateResponse.of(results);
	}

	private void checkSize(List<JsonNode> items, String what) {
		if (items.size() > this.properties.maxBatch()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BATCH_TOO_LARGE, "Batch too large",
					"At most " + this.properties.maxBatch() + " " + what + " a request; split the batch.");
		}
	}

	private PushResult apply(JsonNode node, AuthenticatedUser user, UUID deviceId) {
		UUID id = idOf(node.path("id"));
		String name = node.path("name").isString() ? node.path("name").stringValue() : null;
		try {
			PushMutation mutation = this.reader.read(node, PushMutation.class, "");
			return this.mutations.apply(mutation.id(), mutation.name(), mutation.args(), user, deviceId, true);
		}
		catch (ApiException ex) {
			return PushResult.rejected(id, name, ex);
		}
	}

	private void recordPush(UUID deviceId, AuthenticatedUser user, Integer pending, HealthReportRequest health) {
		HealthReport report = (health != null) ? health.toReport() : null;
		this.devices.record(DeviceCall.seen(deviceId, user.id())
			.push(pending, report)
			.withSequence(this.sales.sequence(deviceId, known(deviceId))));
	}

	private SaleSequence known(UUID deviceId) {
		return this.devices.find(deviceId).map(DeviceView::sequence).orElse(new SaleSequence(0, 0));
	}

	private static UUID idOf(JsonNode id) {
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
