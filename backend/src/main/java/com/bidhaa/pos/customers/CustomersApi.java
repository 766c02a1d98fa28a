package com.bidhaa.pos.customers;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about customers.
 */
@Service
@Transactional(readOnly = true)
public class CustomersApi {

	private final CustomerRepository customers;

	CustomersApi(CustomerRepository customers) {
		this.customers = customers;
	}

	/**
	 * Up to {@code limit} customers changed after the row (version, id), in that order.
	 */
	public List<CustomerSyncRecord> changedAfter(long version, UUID id, int limit) {
		return this.customers.changedAfter(version, id, Limit.of(limit)).stream().map(CustomerSyncRecord::of).toList();
	}

	/** True when a customer with this id exists. */
	public boolean exists(UUID id) {
		return this.customers.existsById(id);
	}

}
