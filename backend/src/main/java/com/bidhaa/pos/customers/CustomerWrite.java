package com.bidhaa.pos.customers;

import java.util.List;

/**
 * A customer after a write.
 *
 * @param customer the customer as stored now
 * @param created true when the customer is new to the server
 * @param changed false when every field offered was already so, or lost
 * @param lost the offered fields that lost to later edits, recorded as customer-edit
 * conflicts
 */
public record CustomerWrite(CustomerResponse customer, boolean created, boolean changed,
		List<CustomerEditLost.Field> lost) {
}
