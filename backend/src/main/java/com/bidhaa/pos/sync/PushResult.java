package com.bidhaa.pos.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import com.bidhaa.pos.catalog.ProductResponse;
import com.bidhaa.pos.customers.CustomerEditLost;
import com.bidhaa.pos.customers.CustomerResponse;
import com.bidhaa.pos.sales.SaleConflict;
import com.bidhaa.pos.sales.SaleResponse;
import com.bidhaa.pos.shared.ApiException;

import org.springframework.http.ProblemDetail;

/**
 * What became of one mutation.
 *
 * @param id the mutation's id (null when it could not be read)
 * @param name the mutation's name (null when it could not be read)
 * @param status applied, duplicate or rejected
 * @param collection where the record belongs: sales, customers or products
 * @param record the server's current copy of the record (applied, duplicate)
 * @param conflicts what a rule recorded as a conflict (applied)
 * @param problem why it cannot be applied, with a stable code (rejected)
 */
record PushResult(UUID id, String name, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
		APPLIED, DUPLICATE, REJECTED }) String status,
		@Schema(allowableValues = { "sales", "customers", "products" }) String collection,
		@Schema(oneOf = { SaleResponse.class, CustomerResponse.class, ProductResponse.class }) Object record,
		@ArraySchema(schema = @Schema(oneOf = { SaleConflict.class, CustomerEditLost.Field.class })) List<?> conflicts,
		@Schema(ref = "#/components/schemas/Problem") Map<String, Object> problem){

	static final String APPLIED = "applied";

	static final String DUPLICATE = "duplicate";

	static final String REJECTED = "rejected";

	static PushResult applied(UUID id, String name, String collection, Object record, List<?> conflicts) {
		return new PushResult(id, name, APPLIED, collection, record, conflicts, null);
	}

	static PushResult duplicate(UUID id, String name, String collection, Object record) {
		return new PushResult(id, name, DUPLICATE, collection, record, List.of(), null);
	}

	static PushResult rejected(UUID id, String name, ApiException ex) {
		ProblemDetail body = ex.getBody();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", String.valueOf(body.getType()));
		problem.put("title", body.getTitle());
		problem.put("status", body.getStatus());
		problem.put("detail", body.getDetail());
		if (body.getProperties() != null) {
			problem.putAll(body.getProperties());
		}
		return new PushResult(id, name, REJECTED, null, null, List.of(), problem);
	}

	/** The stable code of a rejection. */
	String code() {
		return (this.problem != null) ? (String) this.problem.get("code") : null;
	}

}
