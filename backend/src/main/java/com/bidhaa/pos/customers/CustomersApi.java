package com.bidhaa.pos.customers;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * What other modules may do with customers: check one exists, pull changes, and apply a
 * device's customer.upsert.
 */
@Component
public class CustomersApi {

	private final CustomerService service;

	private final CustomerQueries queries;

	CustomersApi(CustomerService service, CustomerQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	/** True when a customer with this id exists. */
	public boolean exists(UUID id) {
		return this.queries.exists(id);
	}

	/**
	 * Up to {@code limit} customers changed after the row (version, id), in that order.
	 */
	public List<CustomerSyncRecord> changedAfter(long version, UUID id, int limit) {
		return this.queries.changedAfter(version, id, limit);
	}

	/** The customer, if it exists. */
	public Optional<CustomerResponse> find(UUID id) {
		return this.queries.find(id);
	}

	/** Applies customer.upsert; {@code sent} names the fields present in the args. */
	public CustomerWrite upsert(CustomerUpsertArgs args, Set<String> sent, UUID deviceId) {
		return this.service.upsertFields(args, sent, deviceId);
	}

}
