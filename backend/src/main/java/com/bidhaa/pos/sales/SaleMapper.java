package com.bidhaa.pos.sales;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps a stored sale to what every endpoint answers of it.
 */
@Mapper
interface SaleMapper {

	@Mapping(target = "items", source = "lines")
	SaleResponse toResponse(Sale sale);

	SaleResponse.Item toItem(SaleLine line);

}
