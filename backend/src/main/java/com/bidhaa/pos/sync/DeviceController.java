package com.bidhaa.pos.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.devices.DeviceCall;
import com.bidhaa.pos.devices.DeviceView;
import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.devices.WritesDeviceOnce;
import com.bidhaa.pos.sales.DeviceSales;
import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.DateTimes;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sync")
@RestController
class DeviceController {

	private final DevicesApi devices;

	private final DeviceStates states;

	private final SalesApi sales;

	private final Clock clock;

	DeviceController(DevicesApi devices, DeviceStates states, SalesApi sales, Clock clock) {
		this.devices = devices;
		this.states = states;
		this.sales = sales;
		this.clock = clock;
	}

	record RegisterDeviceRequest(@Size(max = 100) String name, @Size(max = 40) String appVersion,
			@Valid HealthReportRequest health) {
	}

	@Operation(summary = "Register this device's name, app version and health; learn its code",
			description = "Devices are also registered on first sight by X-Device-Id; this names them. A field left "
					+ "out keeps what was known; a health report replaces the previous one whole. Answers the "
					+ "device's code (T1, T2, … in order of registration, or a manager's choice), which starts the "
					+ "sale numbers it rings up from then on.")
	@PutMapping("/api/sync/devices/{id}")
	@WritesDeviceOnce
	DeviceIdentity register(@PathVariable UUID id, @Valid @RequestBody RegisterDeviceRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.devices.record(DeviceCall.seen(id, user.id())
			.named(request.name(), request.appVersion(),
					(request.health() != null) ? request.health().toReport() : null));
		return DeviceIdentity.of(this.devices.find(id).orElseThrow());
	}

	@Operation(summary = "Change a device's code (managers and admins)",
			description = "The code starts the device's sale numbers from the next sale it rings up after it learns "
					+ "the code (at its next registration); numbers already issued never change. Stored in capitals. "
					+ "400 invalid-device-code unless 1 to 8 letters and digits with at least one letter and not four "
					+ "hex digits; 409 device-code-taken when another device holds or ever held it; 404 not-found.")
	@PutMapping("/api/sync/devices/{id}/code")
	DeviceIdentity changeCode(@PathVariable UUID id, @Valid @RequestBody DeviceCodeRequest request) {
		return DeviceIdentity.of(this.devices.changeCode(id, request.code()));
	}

	@Operation(summary = "One device's sync state, and the sales the server holds from it",
			description = "Every role, for the device's own screens (a cashier closing a shift checks that every sale "
					+ "of the till has arrived). The device as the sync status shows it (sequence, gaps, health, "
					+ "risks), with sales_count and sales_total (sum of total_amount) of its sales on the server, sold "
					+ "from (inclusive) to (exclusive) when given. 404 not-found for a device the server never heard "
					+ "of; 400 invalid-parameter for a from or to that is not an ISO 8601 date-time with offset, "
					+ "outside the years 1 to 9999, or a from after to.")
	@GetMapping("/api/sync/devices/{id}")
	DeviceState device(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		Instant start = DateTimes.parameter("from", from);
		Instant end = DateTimes.parameter("to", to);
		if (start != null && end != null && start.isAfter(end)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"Parameter 'from' must not be after 'to'.");
		}
		DeviceView device = this.devices.find(id).orElseThrow(() -> new NotFoundException("Device", id));
		DeviceSales held = this.sales.fromDevice(id, start, end);
		return new DeviceState(this.states.describe(device, this.clock.instant()), held.count(), held.total());
	}

}
