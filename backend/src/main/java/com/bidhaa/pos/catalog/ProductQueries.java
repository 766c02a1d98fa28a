package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.bidhaa.pos.inventory.InventoryApi;
import com.bidhaa.pos.shared.PageResponse;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue, with each product's stock on hand.
 */
@Service
@Transactional(readOnly = true)
class ProductQueries {

	private final ProductRepository products;

	private final InventoryApi inventory;

	private final ProductMapper mapper;

	ProductQueries(ProductRepository products, InventoryApi inventory, ProductMapper mapper) {
		this.products = products;
		this.inventory = inventory;
		this.mapper = mapper;
	}

	PageResponse<ProductResponse> list(String q, String category, ProductSearch.Status status, int page, int size) {
		Page<Product> found = this.products.findAll(ProductSearch.matching(q, category, status),
				PageRequest.of(page, size, Sort.by("name", "id")));
		Map<UUID, BigDecimal> stock = this.inventory.onHand(found.map(Product::getId).getContent());
		return PageResponse.of(found,
				(product) -> this.mapper.toResponse(product, stock.getOrDefault(product.getId(), BigDecimal.ZERO)));
	}

	ProductResponse get(UUID id) {
		return find(id).orElseThrow(() -> ProductExceptions.notFound(id));
	}

	Optional<ProductResponse> find(UUID id) {
		return this.products.findById(id)
			.map((product) -> this.mapper.toResponse(product, this.inventory.onHand(product.getId())));
	}

	List<ProductSyncRecord> changedAfter(long version, UUID id, int limit) {
		List<Product> changed = this.products.changedAfter(version, id, Limit.of(limit));
		Map<UUID, BigDecimal> stock = this.inventory.onHand(changed.stream().map(Product::getId).toList());
		return changed.stream()
			.map((product) -> this.mapper.toSyncRecord(product, stock.getOrDefault(product.getId(), BigDecimal.ZERO)))
			.toList();
	}

	Map<UUID, CatalogProduct> findAll(Collection<UUID> ids) {
		return this.products.findAllById(ids)
			.stream()
			.map((product) -> new CatalogProduct(product.getId(), product.getSku(), product.getName(),
					product.getUnitPrice(), product.isArchived()))
			.collect(Collectors.toMap(CatalogProduct::id, Function.identity()));
	}

}
