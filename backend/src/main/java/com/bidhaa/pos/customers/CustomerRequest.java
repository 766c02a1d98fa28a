package com.bidhaa.pos.customers;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.shared.Text;

/**
 * A customer as a device sends it.
 *
 * @param name the customer's name
 * @param phone digits, spaces and a leading +, as people write phone numbers
 * @param email optional
 * @param notes free text
 * @param editedAt when the edit was made on the device; now when absent. Concurrent edits
 * of a field are settled by it: the later one wins, the other is recorded as a
 * customer-edit conflict.
 */
record CustomerRequest(@NotBlank @Size(max = 200) String name,
		@Size(max = 32) @Pattern(regexp = "^[+0-9 ()-]*$", message = "digits, spaces, +, ( ) and - only") String phone,
		@Size(max = 254) @Email String email, @Size(max = 1000) String notes, OffsetDateTime editedAt) {

	CustomerDetails details() {
		return new CustomerDetails(this.name.trim(), Text.blankToNull(this.phone), Text.blankToNull(this.email),
				Text.blankToNull(this.notes));
	}

}
