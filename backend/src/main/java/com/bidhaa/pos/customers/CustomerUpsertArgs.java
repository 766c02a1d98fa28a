package com.bidhaa.pos.customers;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The args of a customer.upsert mutation: only the fields the device changed are present,
 * and a present null clears an optional field (docs/sync-protocol.md). Each field is
 * settled by {@code editedAt}: the later edit of a field wins, the other is recorded as a
 * customer-edit conflict.
 *
 * @param id the customer, made by the device that created it
 * @param editedAt when the edit was made on the device
 * @param name the name; required for a customer the server does not know yet, never
 * cleared
 * @param phone digits, spaces and a leading +, as people write phone numbers
 * @param email an email address
 * @param notes free text
 */
public record CustomerUpsertArgs(@NotNull UUID id, @NotNull OffsetDateTime editedAt,
		@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
		@Size(max = 32) @Pattern(regexp = "^[+0-9 ()-]*$", message = "digits, spaces, +, ( ) and - only") String phone,
		@Size(max = 254) @Email String email, @Size(max = 1000) String notes) {

	/** A time a device can have made an edit at (years 2000 to 2999). */
	@AssertTrue(message = "must be a time between the years 2000 and 2999")
	boolean isEditedAtPlausible() {
		return this.editedAt == null || (this.editedAt.getYear() >= 2000 && this.editedAt.getYear() <= 2999);
	}

}
