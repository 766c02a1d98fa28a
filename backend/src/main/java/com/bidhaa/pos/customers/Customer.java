package com.bidhaa.pos.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

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
	 * Merges an edit of the {@code fields} offered (name, phone, email, notes) made at
	 * {@code editedAt}: per field, the later edit wins, also when it repeats the stored
	 * value (it still moves that field's edit time, so an older edit arriving after it
	 * loses); answers the offered values that lost. The version moves only when a value
	 * changes.
	 */
	List<CustomerEditLost.Field> merge(CustomerDetails offered, Set<String> fields, Instant editedAt, long version,
			Instant now) {
		FieldMerge merge = new FieldMerge(editedAt);
		if (fields.contains("name")) {
			this.nameEditedAt = merge.field("name", this.name, offered.name(), this.nameEditedAt,
					(value) -> this.name = value);
		}
		if (fields.contains("phone")) {
			this.phoneEditedAt = merge.field("phone", this.phone, offered.phone(), this.phoneEditedAt,
					(value) -> this.phone = value);
		}
		if (fields.contains("email")) {
			this.emailEditedAt = merge.field("email", this.email, offered.email(), this.emailEditedAt,
					(value) -> this.email = value);
		}
		if (fields.contains("notes")) {
			this.notesEditedAt = merge.field("notes", this.notes, offered.notes(), this.notesEditedAt,
					(value) -> this.notes = value);
		}
		if (merge.changed) {
			this.version = version;
			this.updatedAt = now;
		}
		return merge.lost;
	}

	/**
	 * The fields (name, phone, email, notes) whose offered value differs from the stored
	 * one.
	 */
	Set<String> fieldsDifferentIn(CustomerDetails offered) {
		Set<String> fields = new HashSet<>();
		if (!Objects.equals(this.name, offered.name())) {
			fields.add("name");
		}
		if (!Objects.equals(this.phone, offered.phone())) {
			fields.add("phone");
		}
		if (!Objects.equals(this.email, offered.email())) {
			fields.add("email");
		}
		if (!Objects.equals(this.notes, offered.notes())) {
			fields.add("notes");
		}
		return fields;
	}

	/** One edit merged field by field: what lost, and whether a value changed. */
	private static final class FieldMerge {

		private final Instant editedAt;

		private final List<CustomerEditLost.Field> lost = new ArrayList<>();

		private boolean changed;

		FieldMerge(Instant editedAt) {
			this.editedAt = editedAt;
		}

		/** Merges one field; answers the field's edit time afterwards. */
		Instant field(String name, String stored, String offered, Instant storedAt, Consumer<String> take) {
			if (this.editedAt.isBefore(storedAt)) {
				if (!Objects.equals(stored, offered)) {
					this.lost.add(new CustomerEditLost.Field(name, offered, stored, this.editedAt, storedAt));
				}
				return storedAt;
			}
			if (!Objects.equals(stored, offered)) {
				take.accept(offered);
				this.changed = true;
			}
			return this.editedAt;
		}

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
