package com.bidhaa.pos.sync;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.bidhaa.pos.devices.WritesDeviceOnce;
import com.bidhaa.pos.security.AuthenticatedUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sync")
@RestController
class PushController {

	private final PushService push;

	PushController(PushService push) {
		this.push = push;
	}

	@Operation(summary = "Push a batch of sales from a device's outbox", description = """
			200 whenever the batch itself is well formed, with one result per sale in the order sent: created,
			duplicate (this id was recorded before with the same content; the stored sale is returned) or
			rejected with error.code (id-conflict, unknown-product, unknown-customer, invalid-sale,
			validation-failed, malformed-request). Each sale stands alone: a rejected sale never rolls back
			another. Sales are accepted when stock goes below zero, the price charged differs, the product was
			archived or the totals do not add up; each such case is answered and recorded as a conflict. At
			most 500 sales a request (413 batch-too-large). A gzip body (Content-Encoding: gzip) is accepted. The
			optional health report is kept as the device's latest; one outside its limits refuses the whole batch
			(400 validation-failed, nothing stored).""")
	@PostMapping("/api/sales/bulk_create")
	@WritesDeviceOnce
	BulkCreateResponse bulkCreate(@Valid @RequestBody BulkCreateRequest request,
			@AuthenticationPrincipal AuthenticatedUser user,
			@Parameter(description = "The device's id") @RequestHeader(name = "X-Device-Id",
					required = false) UUID deviceId) {
		return this.push.bulkCreate(request, user, deviceId);
	}

	@Operation(summary = "Push a device's mutations", description = """
			Every role; docs/sync-protocol.md. 200 whenever the request itself is well formed, with one result per
			mutation in the order sent: applied, duplicate (this mutation id, or for sale.record the same sale, for
			product.create the same product, for stock.adjust the same adjustment, or a product.update whose fields
			the product already has, was applied before: record is the server's current copy) or rejected with a
			problem and its code (id-conflict, unknown-product, unknown-customer, not-found, duplicate-sku,
			duplicate-barcode, precondition-failed with current, forbidden, unknown-mutation, validation-failed
			naming args.<field>, malformed-request, invalid-sale). Each mutation is applied in its own transaction
			with its row of the applied-mutation log: a rejected one never rolls back another. product.* and
			stock.adjust are for managers and admins (a cashier's is rejected forbidden). At most 500 mutations a
			request (413 batch-too-large, nothing applied); a gzip body (Content-Encoding: gzip) is accepted. The
			device's bookkeeping (last seen and push, user, pending, health, sale sequence) is written once, after
			the mutations; a health report outside its limits refuses the whole request (400 validation-failed).""")
	@PostMapping("/api/sync/push")
	@WritesDeviceOnce
	PushResponse push(@Valid @RequestBody PushRequest request, @AuthenticationPrincipal AuthenticatedUser user,
			@Parameter(description = "The device's id; must equal device_id when sent") @RequestHeader(
					name = "X-Device-Id", required = false) UUID deviceId) {
		return this.push.push(request, user, deviceId);
	}

}
