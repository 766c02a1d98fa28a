package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer.
 *
 * @param id the id the creating device made
 * @param name the name
 * @param phone the phone number, or null
 * @param email the email, or null
 * @param notes notes, or null
 * @param version the change version of the last write
 * @param createdAt when the server first stored it
 * @param updatedAt when it last changed
 */
public record CustomerResponse(UUID id, String name, String phone, String email, String notes, long version,
		Instant createdAt, Instant updatedAt) {
}
