package com.bidhaa.pos.customers;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.shared.PageResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customers", description = "Every role may read and record customers")
@RestController
@RequestMapping("/api/customers")
class CustomerController {

	private final CustomerService customers;

	private final CustomerQueries queries;

	CustomerController(CustomerService customers, CustomerQueries queries) {
		this.customers = customers;
		this.queries = queries;
	}

	@Operation(summary = "Search and page through customers", description = "q matches name or phone (contains).")
	@GetMapping
	PageResponse<CustomerResponse> list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.queries.list(q, page, size);
	}

	@Operation(summary = "Get one customer")
	@GetMapping("/{id}")
	CustomerResponse get(@PathVariable UUID id) {
		return this.queries.get(id);
	}

	@Operation(summary = "Create or replace a customer under a client-made id",
			description = "201 when created, 200 when updated; sending the same customer again changes nothing. Edits "
					+ "made offline on several devices merge field by field by edited_at, the device's edit time: the "
					+ "later edit of a field wins and the other is recorded as a customer-edit conflict. The answer is "
					+ "the merged customer.")
	@PutMapping("/{id}")
	ResponseEntity<CustomerResponse> put(@PathVariable UUID id, @Valid @RequestBody CustomerRequest request,
			@RequestHeader(name = "X-Device-Id", required = false) UUID deviceId) {
		CustomerWrite result = this.customers.upsert(id, request, deviceId);
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.customer());
	}

}
