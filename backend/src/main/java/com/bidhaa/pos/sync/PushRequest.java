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
 * A device's outbox as it pushes it (docs/sync-protocol.md). Each mutation is read and
 * checked on its own, so one that cannot be read is rejected alone.
 *
 * @param deviceId the pushing device; X-Device-Id, when also sent, must be equal
 * @param pending how many outbox entries the device still holds once this push is
 * answered
 * @param health how safe the device's local data is, kept as its latest report
 * @param mutations the mutations, in the order the device made them
 */
record PushRequest(@NotNull UUID deviceId, @Min(0) Integer pending, @Valid HealthReportRequest health,
		@NotNull @ArraySchema(maxItems = 500,
				schema = @Schema(implementation = PushMutation.class)) List<JsonNode> mutations) {
}
