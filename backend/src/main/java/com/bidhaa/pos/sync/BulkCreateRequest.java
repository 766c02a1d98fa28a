package com.bidhaa.pos.sync;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

/**
 * A batch of sales from a device's outbox (docs/sync-protocol.md). Each sale is read and
 * checked on its own, so one malformed sale is rejected alone.
 *
 * @param deviceId the device; the X-Device-Id header is used when absent
 * @param pending how many items the device still has queued after this batch
 * @param sales the sales, in the order the device wrote them
 * @param health how safe the device's local data is, kept as its latest report; ignored
 * when the batch names no device
 */
record BulkCreateRequest(UUID deviceId, @Min(0) Integer pending,
		@NotNull @ArraySchema(maxItems = 500,
				schema = @Schema(ref = "#/components/schemas/SaleRequest")) List<JsonNode> sales,
		@Valid HealthReportRequest health) {
}
