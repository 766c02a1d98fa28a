package com.bidhaa.pos.customers;

/**
 * A customer's editable fields, normalised (trimmed, blanks as null).
 */
record CustomerDetails(String name, String phone, String email, String notes) {
}
