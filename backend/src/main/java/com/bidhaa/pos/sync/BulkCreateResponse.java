package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import com.bidhaa.pos.sales.SaleConflict;
import com.bidhaa.pos.sales.SaleResponse;

/**
 * The answer to a batch: one result per sale, in the order sent.
 *
 * @param created how many sales were recorded now
 * @param duplicates how many had been recorded before (same id, same content)
 * @param rejected how many cannot be recorded
 * @param results one per sale sent
 */
record BulkCreateResponse(int created, int duplicates, int rejected, List<Result> results) {

	static BulkCreateResponse of(List<Result> results) {
		return new BulkCreateResponse(count(results, "created"), count(results, "duplicate"),
				count(results, "rejected"), results);
	}

	private static int count(List<Result> results, String status) {
		return (int) results.stream().filter((result) -> result.status().equals(status)).count();
	}

	/**
	 * What became of one sale.
	 *
	 * @param id the sale's id (null when it could not be read)
	 * @param status created, duplicate or rejected
	 * @param sale the server's view of the stored sale (created, duplicate)
	 * @param conflicts what did not match when it was recorded (created)
	 * @param error why it cannot be recorded: code and message (rejected)
	 */
	@Schema(name = "BulkCreateResult")
	record Result(UUID id, String status, SaleResponse sale, List<SaleConflict> conflicts, Map<String, String> error) {

		/** The answer to a sale of the batch, applied as a sale.record mutation. */
		@SuppressWarnings("unchecked")
		static Result of(UUID saleId, PushResult result) {
			return switch (result.status()) {
				case PushResult.APPLIED -> new Result(saleId, "created", (SaleResponse) result.record(),
						(List<SaleConflict>) result.conflicts(), null);
				case PushResult.DUPLICATE ->
					new Result(saleId, "duplicate", (SaleResponse) result.record(), List.of(), null);
				default -> new Result(saleId, "rejected", null, List.of(),
						Map.of("code", result.code(), "message", String.valueOf(result.problem().get("detail"))));
			};
		}

	}

}
