package com.bidhaa.pos.sync;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.bidhaa.pos.catalog.CatalogApi;
import com.bidhaa.pos.catalog.ProductSyncRecord;
import com.bidhaa.pos.customers.CustomerSyncRecord;
import com.bidhaa.pos.customers.CustomersApi;
import com.bidhaa.pos.devices.DeviceCall;
import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.devices.WritesDeviceOnce;
import com.bidhaa.pos.sales.SaleSyncRecord;
import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.SyncCursor;
import com.bidhaa.pos.shared.SyncPage;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sync",
		description = "Delta pulls, bulk push of sales, devices, conflicts and sync status (docs/sync-protocol.md)")
@RestController
class PullController {

	private static final String DESCRIPTION = """
			Call with the cursor of the last answer, verbatim, until has_more is false: that delivers every change
			committed before the first call, in (version, id) order. Without last_sync, a full snapshot paged the
			same way. A record may arrive twice: upsert by id and keep the higher version. 400 invalid-cursor for a
			cursor this server did not give; 410 cursor-expired when it can no longer serve it (pull again without
			last_sync, keep the outbox).""";

	private final CatalogApi catalog;

	private final CustomersApi customers;

	private final SalesApi sales;

	private final DevicesApi devices;

	private final ChangeVersions versions;

	private final SyncProperties properties;

	private final Clock clock;

	PullController(CatalogApi catalog, CustomersApi customers, SalesApi sales, DevicesApi devices,
			ChangeVersions versions, SyncProperties properties, Clock clock) {
		this.catalog = catalog;
		this.customers = customers;
		this.sales = sales;
		this.devices = devices;
		this.versions = versions;
		this.properties = properties;
		this.clock = clock;
	}

	@Operation(summary = "Products changed since a cursor (archived ones as tombstones, deleted: true)",
			description = DESCRIPTION)
	@GetMapping("/api/products/sync")
	@WritesDeviceOnce
	SyncPage<ProductSyncRecord> products(@RequestParam(name = "last_sync", required = false) String lastSync,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
			@AuthenticationPrincipal AuthenticatedUser user,
			@Parameter(description = "The device's id") @RequestHeader(name = "X-Device-Id",
					required = false) UUID deviceId) {
		SyncCursor cursor = start("products", lastSync, user, deviceId);
		return SyncPage.of(this.catalog.changedAfter(cursor.version(), cursor.id(), limit + 1), limit, cursor,
				ProductSyncRecord::version, ProductSyncRecord::id, (rows) -> rows, this.clock.instant());
	}

	@Operation(summary = "Customers changed since a cursor", description = DESCRIPTION)
	@GetMapping("/api/customers/sync")
	@WritesDeviceOnce
	SyncPage<CustomerSyncRecord> customers(@RequestParam(name = "last_sync", required = false) String lastSync,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
			@AuthenticationPrincipal AuthenticatedUser user,
			@Parameter(description = "The device's id") @RequestHeader(name = "X-Device-Id",
					required = false) UUID deviceId) {
		SyncCursor cursor = start("customers", lastSync, user, deviceId);
		return SyncPage.of(this.customers.changedAfter(cursor.version(), cursor.id(), limit + 1), limit, cursor,
				CustomerSyncRecord::version, CustomerSyncRecord::id, (rows) -> rows, this.clock.instant());
	}

	@Operation(summary = "Recent sales changed since a cursor",
			description = "Sales sold within the configured window (pos.sync.sales-window, 30 days by default); a "
					+ "cashier receives only their own. " + DESCRIPTION)
	@GetMapping("/api/sales/sync")
	@WritesDeviceOnce
	SyncPage<SaleSyncRecord> sales(@RequestParam(name = "last_sync", required = false) String lastSync,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
			@AuthenticationPrincipal AuthenticatedUser user,
			@Parameter(description = "The device's id") @RequestHeader(name = "X-Device-Id",
					required = false) UUID deviceId) {
		SyncCursor cursor = start("sales", lastSync, user, deviceId);
		return SyncPage.of(
				this.sales.changedAfter(cursor.version(), cursor.id(),
						this.clock.instant().minus(this.properties.salesWindow()), user.isManager() ? null : user.id(),
						limit + 1),
				limit, cursor, (row) -> row.getSale().version(), (row) -> row.getSale().id(), (rows) -> rows,
				this.clock.instant());
	}

	private SyncCursor start(String collection, String lastSync, AuthenticatedUser user, UUID deviceId) {
		SyncCursor cursor = SyncCursor.parse(collection, lastSync, this.versions.state());
		if (deviceId != null) {
			this.devices.record(DeviceCall.seen(deviceId, user.id()).pull());
		}
		return cursor;
	}

}
