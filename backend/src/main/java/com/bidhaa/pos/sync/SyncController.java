package com.bidhaa.pos.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.bidhaa.pos.sales.SalesApi;
import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.ShopProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sync")
@RestController
class SyncController {

	private final DeviceStates states;

	private final SalesApi sales;

	private final ConflictQueries conflicts;

	private final ShopProperties shop;

	private final Clock clock;

	SyncController(DeviceStates states, SalesApi sales, ConflictQueries conflicts, ShopProperties shop, Clock clock) {
		this.states = states;
		this.sales = sales;
		this.conflicts = conflicts;
		this.shop = shop;
		this.clock = clock;
	}

	@Operation(summary = "Sync status of every device (managers and admins)",
			description = "Server time; per device last pull and push, pending count last reported, highest contiguous "
					+ "sale sequence and the gaps below the highest received, its latest health report and the risks "
					+ "the server sees (risks: storage-not-persisted, storage-nearly-full at 90% of quota, "
					+ "old-pending-sales past pos.sync.pending-age-warning, 1 hour by default, not-seen past "
					+ "pos.sync.device-silence-warning, 24 hours by default, sequence-gaps); open conflicts by type; "
					+ "sales received today.")
	@GetMapping("/api/sync/status")
	SyncStatus status() {
		List<SyncStatus.Device> views = this.states.all();
		LocalDate today = LocalDate.now(this.clock.withZone(this.shop.timeZone()));
		long receivedToday = this.sales.receivedSince(today.atStartOfDay(this.shop.timeZone()).toInstant());
		return new SyncStatus(this.clock.instant(), views, this.conflicts.openByType(), receivedToday);
	}

	@Operation(summary = "Recorded conflicts (managers and admins)",
			description = "status: open (default), resolved or all; type: oversold, price-mismatch, archived-product, "
					+ "total-mismatch or customer-edit. Newest first.")
	@GetMapping("/api/sync/conflicts")
	List<ConflictView> conflicts(@RequestParam(defaultValue = "open") String status,
			@RequestParam(required = false) String type,
			@RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
		return this.conflicts.list(status, type, limit);
	}

	@Operation(summary = "Mark a conflict resolved (managers and admins)")
	@PostMapping("/api/sync/conflicts/{id}/resolve")
	ConflictView resolve(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.conflicts.resolve(id, user.id());
	}

}
