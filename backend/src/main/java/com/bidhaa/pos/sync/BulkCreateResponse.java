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

		static Result created(SaleResponse sale, List<SaleConflict> conflicts) {
			return new Result(sale.id(), "created", sale, conflicts, null);
		}

		static Result duplicate(SaleResponse sale) {
			return new Result(sale.id(), "duplicate", sale, List.of(), null);
		}

		static Result rejected(UUID id, String code, String message) {
			return new Result(id, "rejected", null, List.of(), Map.of("code", code, "message", message));
		}

	}

}
