package com.bidhaa.pos.customers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.PageResponse;
import com.bidhaa.pos.shared.Text;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads customers.
 */
@Service
@Transactional(readOnly = true)
class CustomerQueries {

	private final CustomerRepository customers;

	private final CustomerMapper mapper;

	CustomerQueries(CustomerRepository customers, CustomerMapper mapper) {
		this.customers = customers;
		this.mapper = mapper;
	}

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
		return PageResponse.of(found, this.mapper::toResponse);
	}

	CustomerResponse get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("Customer", id));
	}

	Optional<CustomerResponse> find(UUID id) {
		return this.customers.findById(id).map(this.mapper::toResponse);
	}

	boolean exists(UUID id) {
		return this.customers.existsById(id);
	}

	List<CustomerSyncRecord> changedAfter(long version, UUID id, int limit) {
		return this.customers.changedAfter(version, id, Limit.of(limit))
			.stream()
			.map(this.mapper::toSyncRecord)
			.toList();
	}

}
