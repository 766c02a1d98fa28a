package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.sales.RecordedSale;
import com.bidhaa.pos.sales.SaleRequest;
import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** {@code sale.record}: a sale rung up on a device, recorded once by the sales module. */
@Component
class SaleRecordMutation implements MutationKind<SaleRequest> {

	static final String NAME = "sale.record";

	private final SalesApi sales;

	private final DevicesApi devices;

	SaleRecordMutation(SalesApi sales, DevicesApi devices) {
		this.sales = sales;
		this.devices = devices;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<SaleRequest> argsType() {
		return SaleRequest.class;
	}

	@Override
	public boolean managersOnly() {
		return false;
	}

	@Override
	public String collection() {
		return "sales";
	}

	@Override
	public UUID recordId(SaleRequest args) {
		return args.id();
	}

	@Override
	public Applied apply(SaleRequest args, Context context) {
		if (context.strict() && args.deviceId() != null && context.deviceId() != null
				&& !args.deviceId().equals(context.deviceId())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
					"The sale's device_id is not the pushing device.", Map.of("errors",
							List.of(Map.of("field", "args.device_id", "message", "must be the request's device_id"))));
		}
		if (args.deviceId() != null && !args.deviceId().equals(context.deviceId())) {
			// An older app's batch may carry sales of another device: register it first.
			this.devices.ensureRegistered(args.deviceId(), context.user().id());
		}
		RecordedSale recorded = this.sales.recordSale(args, context.user().id(), context.deviceId());
		return new Applied(recorded.sale(), recorded.created(), recorded.conflicts());
	}

	@Override
	public Optional<?> current(UUID recordId) {
		return this.sales.find(recordId);
	}

}
