package com.bidhaa.pos.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.PageResponse;
import com.bidhaa.pos.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional
class CustomerService {

	private final CustomerRepository customers;

	private final ChangeVersions versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerService(CustomerRepository customers, ChangeVersions versions, ApplicationEventPublisher events,
			Clock clock) {
		this.customers = customers;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResponse<CustomerResponse> list(String q, int page, int size) {
		PageRequest paging = PageRequest.of(page, size, Sort.by("name", "id"));
		Page<Customer> found;
		if (StringUtils.hasText(q)) {
			String pattern = Text.containsPattern(q.trim().toLowerCase(Locale.ROOT));
			found = this.customers.search(pattern, pattern, paging);
		}
		else {
			found = this.customers.findAll(paging);
		}
		return PageResponse.of(found, CustomerResponse::of);
	}

	@Transactional(readOnly = true)
	CustomerResponse get(UUID id) {
		return CustomerResponse
			.of(this.customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id)));
	}

	/**
	 * Creates the customer under the device's id, or replaces its details; a replay
	 * changes nothing.
	 */
	UpsertResult upsert(UUID id, CustomerRequest request, UUID deviceId) {
		long version = this.versions.current();
		Instant now = this.clock.instant();
		Instant editedAt = (request.editedAt() != null) ? request.editedAt().toInstant() : now;
		CustomerDetails details = request.details();
		Customer customer = this.customers.findById(id).orElse(null);
		if (customer == null) {
			customer = this.customers.save(new Customer(id, details, editedAt, version, now));
			return new UpsertResult(CustomerResponse.of(customer), true);
		}
		List<CustomerEditLost.Field> lost = customer.merge(details, editedAt, version, now);
		if (!lost.isEmpty()) {
			this.events.publishEvent(new CustomerEditLost(id, deviceId, lost));
		}
		return new UpsertResult(CustomerResponse.of(customer), false);
	}

	record UpsertResult(CustomerResponse customer, boolean created) {
	}

}
