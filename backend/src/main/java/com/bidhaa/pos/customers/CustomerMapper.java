package com.bidhaa.pos.customers;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps a stored customer to what the endpoints and the pull answer.
 */
@Mapper
interface CustomerMapper {

	CustomerResponse toResponse(Customer customer);

	/** A customer as a delta pull delivers it: customers are never deleted. */
	@Mapping(target = "deleted", constant = "false")
	CustomerSyncRecord toSyncRecord(Customer customer);

}
