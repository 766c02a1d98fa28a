package com.bidhaa.pos.shop;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps the shop's stored details, with the currency and time zone it is configured with,
 * to what GET and PUT /api/shop answer.
 */
@Mapper
interface ShopMapper {

	@Mapping(target = "name", source = "details.name")
	@Mapping(target = "address", source = "details.address")
	@Mapping(target = "phone", source = "details.phone")
	@Mapping(target = "tin", source = "details.tin")
	@Mapping(target = "receiptFooter", source = "details.receiptFooter")
	ShopResponse toResponse(ShopDetails details, String currency, String timeZone, long version, Instant updatedAt);

}
