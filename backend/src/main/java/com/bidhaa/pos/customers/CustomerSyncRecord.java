package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer as a delta pull delivers it (customers are never deleted, so {@code deleted}
 * is false).
 *
 * @param id the customer's id
 * @param version the change version of its last change
 * @param deleted always false today
 * @param name the name
 * @param phone the phone, or null
 * @param email the email, or null
 * @param notes notes, or null
 * @param updatedAt when it last changed
 */
public record CustomerSyncRecord(UUID id, long version, boolean deleted, String name, String phone, String email,
		String notes, Instant updatedAt) {
}
