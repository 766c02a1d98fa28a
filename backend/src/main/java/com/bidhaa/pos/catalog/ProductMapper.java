package com.bidhaa.pos.catalog;

import java.math.BigDecimal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps a stored product and its stock on hand to what the endpoints and the pull answer.
 */
@Mapper
interface ProductMapper {

	@Mapping(target = "stockOnHand", source = "stockOnHand")
	ProductResponse toResponse(Product product, BigDecimal stockOnHand);

	/** A product as a delta pull delivers it: an archived product counts as deleted. */
	@Mapping(target = "deleted", source = "product.archived")
	@Mapping(target = "stockOnHand", source = "stockOnHand")
	ProductSyncRecord toSyncRecord(Product product, BigDecimal stockOnHand);

}
