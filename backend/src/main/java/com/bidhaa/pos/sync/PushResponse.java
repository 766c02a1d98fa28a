package com.bidhaa.pos.sync;

import java.util.List;

/**
 * The answer to a push: one result per mutation, in the order sent.
 *
 * @param applied how many were applied now
 * @param duplicates how many had been applied before
 * @param rejected how many cannot be applied
 * @param results one per mutation sent
 */
record PushResponse(int applied, int duplicates, int rejected, List<PushResult> results) {

	static PushResponse of(List<PushResult> results) {
		return new PushResponse(count(results, PushResult.APPLIED), count(results, PushResult.DUPLICATE),
				count(results, PushResult.REJECTED), results);
	}

	private static int count(List<PushResult> results, String status) {
		return (int) results.stream().filter((result) -> result.status().equals(status)).count();
	}

}
