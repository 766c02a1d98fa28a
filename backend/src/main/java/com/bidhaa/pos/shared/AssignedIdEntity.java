package com.bidhaa.pos.shared;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose UUID is chosen before it is stored (by a device, or by us), so Spring
 * Data inserts it instead of first selecting it to decide between insert and update.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

	@Id
	private UUID id;

	@Transient
	private boolean isNew;

	/** For JPA. */
	protected AssignedIdEntity() {
	}

	/** A new entity with this id, not yet stored. */
	protected AssignedIdEntity(UUID id) {
		this.id = id;
		this.isNew = true;
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

}
