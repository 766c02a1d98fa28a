package com.bidhaa.pos.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a device's mutations (docs/sync-protocol.md, "Push"): each alone, in its own
 * transaction with its row of the applied-mutation log, so a rejected mutation never
 * rolls back another and one sent again is answered, not applied again; then writes the
 * device's bookkeeping once.
 */
@Service
class PushService {

	private final Map<String, MutationKind<?>> kinds;

	private final MutationArgs reader;

	private final AppliedMutations log;

	private final ChangeVersions versions;

	private final DevicesApi devices;

	private final SalesApi sales;

	private final SyncProperties properties;

	private final TransactionTemplate eachMutation;

	PushService(List<MutationKind<?>> kinds, MutationArgs reader, AppliedMutations log, ChangeVersions versions,
			DevicesApi devices, SalesApi sales, SyncProperties properties, PlatformTransactionManager transactions) {
		this.kinds = kinds.stream().collect(Collectors.toMap(MutationKind::name, Function.identity()));
		this.reader = reader;
		this.log = log;
		this.versions = versions;
		this.devices = devices;
		this.sales = sales;
		this.properties = properties;
		this.eachMutation = new TransactionTemplate(transactions);
		this.eachMutation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
			PushResult result = apply(null, SaleRecordMutation.NAME, sale, user, deviceId, false);
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
			return apply(mutation.id(), mutation.name(), mutation.args(), user, deviceId, true);
		}
		catch (ApiException ex) {
			return PushResult.rejected(id, name, ex);
		}
	}

	private PushResult apply(UUID id, String name, JsonNode args, AuthenticatedUser user, UUID deviceId,
			boolean strict) {
		MutationKind<?> kind = this.kinds.get(name);
		if (kind == null) {
			return PushResult.rejected(id, name,
					new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_MUTATION,
							"Unknown mutation", "No mutation is named '" + name + "'; this server knows "
									+ this.kinds.keySet().stream().sorted().toList() + "."));
		}
		if (kind.managersOnly() && !user.isManager()) {
			return PushResult.rejected(id, name, new ApiException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
					"Forbidden", "Your role does not allow " + name + "."));
		}
		try {
			return applyKind(id, kind, args, new MutationKind.Context(user, deviceId, args, strict));
		}
		catch (ApiException ex) {
			// 4: a mutation that cannot be applied is answered with its reason; the rest
			// go on.
			return PushResult.rejected(id, name, ex);
		}
		catch (DataIntegrityViolationException ex) {
			// 5: the database refused one of its values: that mutation alone cannot be
			// stored. Other database failures are not the mutation's fault: the request
			// fails and the device sends it again.
			return PushResult.rejected(id, name,
					new ApiException(HttpStatus.UNPROCESSABLE_CONTENT,
							kind.name().equals(SaleRecordMutation.NAME) ? ProblemTypes.INVALID_SALE
									: ProblemTypes.VALIDATION_FAILED,
							"Cannot be stored", "A value of this " + kind.name() + " cannot be stored."));
		}
	}

	private <A> PushResult applyKind(UUID id, MutationKind<A> kind, JsonNode args, MutationKind.Context context) {
		A typed = this.reader.read(args, kind.argsType(), "args.");
		return this.eachMutation.execute((status) -> {
			// 6: take the change version first: it orders writers, so a mutation sent
			// twice at once is applied by one and answered from the log to the other.
			this.versions.current();
			if (id != null) {
				AppliedMutations.Entry logged = this.log.find(id).orElse(null);
				if (logged != null) {
					if (!logged.name().equals(kind.name())) {
						throw new ApiException(HttpStatus.CONFLICT, ProblemTypes.ID_CONFLICT, "Id already used",
								"Mutation " + id + " was applied as " + logged.name() + ".");
					}
					return PushResult.duplicate(id, kind.name(), kind.collection(),
							kind.current(logged.recordId()).orElse(null));
				}
			}
			MutationKind.Applied applied = kind.apply(typed, context);
			if (id != null) {
				this.log.add(id, context.deviceId(), kind.name(), kind.recordId(typed));
			}
			return applied.changed()
					? PushResult.applied(id, kind.name(), kind.collection(), applied.record(), applied.conflicts())
					: PushResult.duplicate(id, kind.name(), kind.collection(), applied.record());
		});
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
