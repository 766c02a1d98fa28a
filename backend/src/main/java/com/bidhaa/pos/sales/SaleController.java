package com.bidhaa.pos.sales;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.bidhaa.pos.devices.DeviceCall;
import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.devices.WritesDeviceOnce;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.DateTimes;
import com.bidhaa.pos.shared.PageResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sales", description = "Every role records sales; managers read all, a cashier their own")
@RestController
@RequestMapping("/api/sales")
class SaleController {

	private final SaleService sales;

	private final SaleQueries queries;

	private final DevicesApi devices;

	SaleController(SaleService sales, SaleQueries queries, DevicesApi devices) {
		this.sales = sales;
		this.queries = queries;
		this.devices = devices;
	}

	@Operation(summary = "Record one sale under a client-made id",
			description = "201 when recorded; 200 with the stored sale when the same sale was recorded before; 409 "
					+ "id-conflict when the id holds a different sale. The server computes the totals and moves stock in "
					+ "the same transaction; stock may go below zero.")
	@PostMapping
	@WritesDeviceOnce
	ResponseEntity<SaleResponse> create(@Valid @RequestBody SaleRequest request,
			@AuthenticationPrincipal AuthenticatedUser user,
			@Parameter(description = "The device's id, when the body has no device_id") @RequestHeader(
					name = "X-Device-Id", required = false) UUID deviceId) {
		RecordSaleCommand command = request.toCommand(user.id(), deviceId);
		if (command.deviceId() != null) {
			this.devices.ensureRegistered(command.deviceId(), user.id());
		}
		RecordedSale recorded = this.sales.recordSale(command);
		if (command.deviceId() != null) {
			DeviceCall call = DeviceCall.seen(command.deviceId(), user.id());
			this.devices.record((command.deviceSeq() != null) ? call.withSequence(this.queries
				.sequence(command.deviceId(), this.devices.find(command.deviceId()).orElseThrow().sequence())) : call);
		}
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/sales/" + recorded.sale().id()))
			.body(recorded.sale());
	}

	@Operation(summary = "Page through sales, newest first",
			description = "from (inclusive) and to (exclusive) bound the sale time (400 invalid-parameter outside the "
					+ "years 1 to 9999). A cashier sees only their own sales.")
	@GetMapping
	PageResponse<SaleResponse> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(name = "cashier_id", required = false) UUID cashierId,
			@RequestParam(name = "device_id", required = false) UUID deviceId,
			@RequestParam(name = "payment_method", required = false) String paymentMethod,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		SaleSearch search = new SaleSearch(DateTimes.parameter("from", from), DateTimes.parameter("to", to), cashierId,
				deviceId, PaymentMethods.parse(paymentMethod));
		return this.queries.list(search, page, size, user);
	}

	@Operation(summary = "Get one sale")
	@GetMapping("/{id}")
	SaleResponse get(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.get(id, user);
	}

}
