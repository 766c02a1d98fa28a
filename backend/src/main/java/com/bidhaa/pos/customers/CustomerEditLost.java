package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Published, inside the writing transaction, when an offered customer edit lost to a
 * later one on some fields, so the loss is recorded for a manager (docs/sync-protocol.md:
 * "the loser is recorded").
 *
 * @param customerId the customer
 * @param deviceId the device whose edit lost, or null
 * @param fields what lost, field by field
 */
public record CustomerEditLost(UUID customerId, UUID deviceId, List<Field> fields) {

	/**
	 * One field whose offered value lost.
	 *
	 * @param type always {@code customer-edit}, the conflict's type as a push result
	 * lists it beside a sale's
	 * @param field the field's name (snake_case)
	 * @param offered the value offered, which lost
	 * @param kept the value kept
	 * @param offeredEditedAt when the offered value was edited on its device
	 * @param keptEditedAt when the kept value was edited
	 */
	@Schema(name = "CustomerEditConflict", description = "A customer field whose offered value lost to a later edit")
	public record Field(@Schema(allowableValues = TYPE) String type, String field, String offered, String kept,
			Instant offeredEditedAt, Instant keptEditedAt) {

		/** The conflict type of a lost customer edit. */
		public static final String TYPE = "customer-edit";

		Field(String field, String offered, String kept, Instant offeredEditedAt, Instant keptEditedAt) {
			this(TYPE, field, offered, kept, offeredEditedAt, keptEditedAt);
		}

	}

}
