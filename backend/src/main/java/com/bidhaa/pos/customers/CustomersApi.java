package com.bidhaa.pos.customers;

import java.util.UUID;

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

	/** True when a customer with this id exists. */
	public boolean exists(UUID id) {
		return this.customers.existsById(id);
	}

}
