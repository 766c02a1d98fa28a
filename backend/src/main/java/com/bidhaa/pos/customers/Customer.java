package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.bidhaa.pos.shared.AssignedIdEntity;

/**
 * A customer. Each field keeps the device edit time of its value, so edits made offline
 * on several devices merge field by field: the later edit of a field wins, the other is
 * reported as lost. Its getters are public for the generated mapper only: the class stays
 * package-private.
 */
@Entity
@Table(name = "customers")
class Customer extends AssignedIdEntity {

	private String name;

	private String phone;

	private String email;

	private String notes;

	private Instant nameEditedAt;

	private Instant phoneEditedAt;

	private Instant emailEditedAt;

	private Instant notesEditedAt;

	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected Customer() {
	}

	Customer(UUID id, CustomerDetails details, Instant editedAt, long version, Instant now) {
		super(id);
		this.createdAt = now;
		this.name = details.name();
		this.phone = details.phone();
		this.email = details.email();
		this.notes = details.notes();
		this.nameEditedAt = editedAt;
		this.phoneEditedAt = editedAt;
		this.emailEditedAt = editedAt;
		this.notesEditedAt = editedAt;
		this.version = version;
		this.updatedAt = now;
	}

	/**
	 * Takes each offered field that differs unless the stored value was edited later;
	 * answers the offered values that lost. Nothing changes (not even the version) when
	 * every field is already as offered.
	 */
	List<CustomerEditLost.Field> merge(CustomerDetails offered, Instant editedAt, long version, Instant now) {
		List<CustomerEditLost.Field> lost = new ArrayList<>();
		boolean changed = false;
		if (!Objects.equals(this.name, offered.name())) {
			if (editedAt.isBefore(this.nameEditedAt)) {
				lost.add(new CustomerEditLost.Field("name", offered.name(), this.name, editedAt, this.nameEditedAt));
			}
			else {
				this.name = offered.name();
				this.nameEditedAt = editedAt;
				changed = true;
			}
		}
		if (!Objects.equals(this.phone, offered.phone())) {
			if (editedAt.isBefore(this.phoneEditedAt)) {
				lost.add(
						new CustomerEditLost.Field("phone", offered.phone(), this.phone, editedAt, this.phoneEditedAt));
			}
			else {
				this.phone = offered.phone();
				this.phoneEditedAt = editedAt;
				changed = true;
			}
		}
		if (!Objects.equals(this.email, offered.email())) {
			if (editedAt.isBefore(this.emailEditedAt)) {
				lost.add(
						new CustomerEditLost.Field("email", offered.email(), this.email, editedAt, this.emailEditedAt));
			}
			else {
				this.email = offered.email();
				this.emailEditedAt = editedAt;
				changed = true;
			}
		}
		if (!Objects.equals(this.notes, offered.notes())) {
			if (editedAt.isBefore(this.notesEditedAt)) {
				lost.add(
						new CustomerEditLost.Field("notes", offered.notes(), this.notes, editedAt, this.notesEditedAt));
			}
			else {
				this.notes = offered.notes();
				this.notesEditedAt = editedAt;
				changed = true;
			}
		}
		if (changed) {
			this.version = version;
			this.updatedAt = now;
		}
		return lost;
	}

	CustomerDetails details() {
		return new CustomerDetails(this.name, this.phone, this.email, this.notes);
	}

	public String getName() {
		return this.name;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	public String getNotes() {
		return this.notes;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
