package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.bidhaa.pos.inventory.InventoryApi;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class CatalogApi {

	private final ProductRepository products;

	private final InventoryApi inventory;

	CatalogApi(ProductRepository products, InventoryApi inventory) {
		this.products = products;
		this.inventory = inventory;
	}

	/**
	 * Up to {@code limit} products changed after the row (version, id), with their stock,
	 * in that order.
	 */
	public List<ProductSyncRecord> changedAfter(long version, UUID id, int limit) {
		List<Product> changed = this.products.changedAfter(version, id, Limit.of(limit));
		Map<UUID, BigDecimal> stock = this.inventory.onHand(changed.stream().map(Product::getId).toList());
		return changed.stream()
			.map((product) -> ProductSyncRecord.of(product, stock.getOrDefault(product.getId(), BigDecimal.ZERO)))
			.toList();
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
