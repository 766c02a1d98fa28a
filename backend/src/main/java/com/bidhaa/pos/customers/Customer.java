package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "customers")
class Customer implements Persistable<UUID> {

	@Id
	private UUID id;

	private String name;

	private String phone;

	private String email;

	private String notes;

	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	@Transient
	private boolean isNew;

	protected Customer() {
	}

	Customer(UUID id, CustomerDetails details, long version, Instant now) {
		this.id = id;
		this.isNew = true;
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

	@PostLoad
	@PostPersist
	void markStored() {
		this.isNew = false;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@Override
	public UUID getId() {
		return this.id;
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
