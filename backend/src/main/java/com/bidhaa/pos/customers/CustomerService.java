package com.bidhaa.pos.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.ProblemTypes;
import com.bidhaa.pos.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits customers, merging edits made offline on several devices field by
 * field; the offered values that lose are published for the sync module to record.
 */
@Service
@Transactional
class CustomerService {

	private final CustomerRepository customers;

	private final ChangeVersions versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CustomerMapper mapper;

	CustomerService(CustomerRepository customers, ChangeVersions versions, ApplicationEventPublisher events,
			Clock clock, CustomerMapper mapper) {
		this.customers = customers;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
		this.mapper = mapper;
	}

	/**
	 * Creates the customer under the device's id, or replaces its details whole (PUT); a
	 * replay changes nothing.
	 */
	CustomerWrite upsert(UUID id, CustomerRequest request, UUID deviceId) {
		Instant editedAt = (request.editedAt() != null) ? request.editedAt().toInstant() : this.clock.instant();
		// A whole record says nothing of which fields were edited: those that differ
		// were.
		return write(id, request.details(), null, editedAt, deviceId);
	}

	/**
	 * Applies the fields a device sent (customer.upsert); absent fields keep their value,
	 * a new customer needs a name.
	 */
	CustomerWrite upsertFields(CustomerUpsertArgs args, Set<String> sent, UUID deviceId) {
		if (sent.contains("name") && args.name() == null) {
			throw nameRequired("A customer's name cannot be cleared.");
		}
		Customer stored = this.customers.findById(args.id()).orElse(null);
		if (stored == null && args.name() == null) {
			throw nameRequired("Customer " + args.id() + " is new to the server: send its name.");
		}
		CustomerDetails current = (stored != null) ? stored.details() : new CustomerDetails(null, null, null, null);
		CustomerDetails offered = new CustomerDetails(sent.contains("name") ? args.name().trim() : current.name(),
				sent.contains("phone") ? Text.blankToNull(args.phone()) : current.phone(),
				sent.contains("email") ? Text.blankToNull(args.email()) : current.email(),
				sent.contains("notes") ? Text.blankToNull(args.notes()) : current.notes());
		return write(args.id(), offered, sent, args.editedAt().toInstant(), deviceId);
	}

	/**
	 * Creates or merges; {@code fields} are those the edit made, or null to take those
	 * whose value differs (a whole record sent by PUT).
	 */
	private CustomerWrite write(UUID id, CustomerDetails details, Set<String> fields, Instant editedAt, UUID deviceId) {
		long version = this.versions.current();
		Instant now = this.clock.instant();
		Customer customer = this.customers.findById(id).orElse(null);
		if (customer == null) {
			customer = this.customers.save(new Customer(id, details, editedAt, version, now));
			return new CustomerWrite(this.mapper.toResponse(customer), true, true, List.of());
		}
		Set<String> edited = (fields != null) ? fields : customer.fieldsDifferentIn(details);
		List<CustomerEditLost.Field> lost = customer.merge(details, edited, editedAt, version, now);
		if (!lost.isEmpty()) {
			this.events.publishEvent(new CustomerEditLost(id, deviceId, lost));
		}
		return new CustomerWrite(this.mapper.toResponse(customer), false, customer.getVersion() == version, lost);
	}

	private static ApiException nameRequired(String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed", detail,
				Map.of("errors", List.of(Map.of("field", "args.name", "message", "must not be blank"))));
	}

}
