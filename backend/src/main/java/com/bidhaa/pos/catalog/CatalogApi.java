package com.bidhaa.pos.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class CatalogApi {

	private final ProductRepository products;

	CatalogApi(ProductRepository products) {
		this.products = products;
	}

	/** The products with these ids that exist, archived or not, by id. */
	public Map<UUID, CatalogProduct> findAll(Collection<UUID> ids) {
		return this.products.findAllById(ids)
			.stream()
			.map((product) -> new CatalogProduct(product.getId(), product.getSku(), product.getName(),
					product.getUnitPrice(), product.isArchived()))
			.collect(Collectors.toMap(CatalogProduct::id, Function.identity()));
	}

}
