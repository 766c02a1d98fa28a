package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.inventory.InventoryApi;
import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.PageResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProductService {

	private final ProductRepository products;

	private final InventoryApi inventory;

	private final ChangeVersions versions;

	private final Clock clock;

	ProductService(ProductRepository products, InventoryApi inventory, ChangeVersions versions, Clock clock) {
		this.products = products;
		this.inventory = inventory;
		this.versions = versions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResponse<ProductResponse> list(String q, String category, ProductSearch.Status status, int page, int size) {
		Page<Product> found = this.products.findAll(ProductSearch.matching(q, category, status),
				PageRequest.of(page, size, Sort.by("name", "id")));
		Map<UUID, BigDecimal> stock = this.inventory.onHand(found.map(Product::getId).getContent());
		return PageResponse.of(found,
				(product) -> ProductResponse.of(product, stock.getOrDefault(product.getId(), BigDecimal.ZERO)));
	}

	@Transactional(readOnly = true)
	ProductResponse get(UUID id) {
		return response(find(id));
	}

	/**
	 * Creates a product; a replay with the same id and details answers the stored
	 * product.
	 */
	CreateResult create(ProductRequest request) {
		long version = this.versions.current();
		ProductDetails details = request.details();
		if (request.id() != null) {
			Optional<Product> existing = this.products.findById(request.id());
			if (existing.isPresent()) {
				if (!existing.get().details().sameAs(details)) {
					throw ProductExceptions.idConflict(request.id());
				}
				return new CreateResult(response(existing.get()), false);
			}
		}
		checkUnique(details, null);
		UUID id = (request.id() != null) ? request.id() : UUID.randomUUID();
		Product product = this.products.saveAndFlush(new Product(id, details, version, this.clock.instant()));
		this.inventory.startLevel(id);
		return new CreateResult(ProductResponse.of(product, BigDecimal.ZERO), true);
	}

	/** Replaces a product's details if the caller edited the current version. */
	ProductResponse update(UUID id, long expectedVersion, ProductRequest request) {
		long version = this.versions.current();
		Product product = find(id);
		if (!product.isCurrentFor(expectedVersion)) {
			throw ProductExceptions.stale(response(product));
		}
		ProductDetails details = request.details();
		checkUnique(details, id);
		product.apply(details, version, this.clock.instant());
		return response(product);
	}

	ProductResponse setArchived(UUID id, boolean archived) {
		long version = this.versions.current();
		Product product = find(id);
		if (product.isArchived() != archived) {
			product.setArchived(archived, version, this.clock.instant());
		}
		return response(product);
	}

	private void checkUnique(ProductDetails details, UUID self) {
		this.products.findBySku(details.sku()).filter((other) -> !other.getId().equals(self)).ifPresent((other) -> {
			throw ProductExceptions.duplicateSku(details.sku());
		});
		if (details.barcode() != null) {
			this.products.findByBarcode(details.barcode())
				.filter((other) -> !other.getId().equals(self))
				.ifPresent((other) -> {
					throw ProductExceptions.duplicateBarcode(details.barcode());
				});
		}
	}

	private Product find(UUID id) {
		return this.products.findById(id).orElseThrow(() -> ProductExceptions.notFound(id));
	}

	private ProductResponse response(Product product) {
		return ProductResponse.of(product, this.inventory.onHand(product.getId()));
	}

	/** A created (or replayed) product. */
	record CreateResult(ProductResponse product, boolean created) {
	}

}
