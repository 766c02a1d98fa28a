package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.bidhaa.pos.shared.AssignedIdEntity;

@Entity
@Table(name = "customers")
class Customer extends AssignedIdEntity {

	private String name;

	private String phone;

	private String email;

	private String notes;

	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected Customer() {
	}

	Customer(UUID id, CustomerDetails details, long version, Instant now) {
		super(id);
		this.createdAt = now;
		apply(details, version, now);
	}

	void apply(CustomerDetails details, long version, Instant now) {
		this.name = details.name();
		this.phone = details.phone();
		this.email = details.email();
		this.notes = details.notes();
		this.version = version;
		this.updatedAt = now;
	}

	CustomerDetails details() {
		return new CustomerDetails(this.name, this.phone, this.email, this.notes);
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
