package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.inventory.InventoryApi;
import com.bidhaa.pos.inventory.RecordAdjustmentCommand;
import com.bidhaa.pos.inventory.StockAdjustment;
import com.bidhaa.pos.shared.ChangeVersions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the catalogue: creates, edits, archives and restores products and records their
 * stock adjustments, whichever endpoint or mutation asked.
 */
@Service
@Transactional
class ProductService {

	private final ProductRepository products;

	private final InventoryApi inventory;

	private final ChangeVersions versions;

	private final ProductMapper mapper;

	private final Clock clock;

	ProductService(ProductRepository products, InventoryApi inventory, ChangeVersions versions, ProductMapper mapper,
			Clock clock) {
		this.products = products;
		this.mapper = mapper;
		this.inventory = inventory;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * Creates a product; a replay with the same id and details answers the stored
	 * product, unchanged.
	 */
	ProductWrite create(ProductRequest request) {
		long version = this.versions.current();
		ProductDetails details = request.details();
		if (request.id() != null) {
			Optional<Product> existing = this.products.findById(request.id());
			if (existing.isPresent()) {
				if (!existing.get().details().sameAs(details)) {
					throw ProductExceptions.idConflict(request.id());
				}
				return new ProductWrite(response(existing.get()), false);
			}
		}
		checkUnique(details, null);
		UUID id = (request.id() != null) ? request.id() : UUID.randomUUID();
		Product product = this.products.saveAndFlush(new Product(id, details, version, this.clock.instant()));
		this.inventory.startLevel(id);
		return new ProductWrite(this.mapper.toResponse(product, BigDecimal.ZERO), true);
	}

	/**
	 * Replaces a product's details if the caller edited the current version; a stale edit
	 * is refused with the current record (412).
	 */
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

	/**
	 * An edit a device made offline on {@code baseVersion}: as {@link #update}, except
	 * that a stale edit whose fields the product already has is answered unchanged (an
	 * edit sent again).
	 */
	ProductWrite edit(UUID id, long baseVersion, ProductRequest request) {
		this.versions.current();
		Product product = find(id);
		if (!product.isCurrentFor(baseVersion) && product.details().sameAs(request.details())) {
			return new ProductWrite(response(product), false);
		}
		return new ProductWrite(update(id, baseVersion, request), true);
	}

	/** Archives or restores a product; unchanged when it already is so. */
	ProductWrite setArchived(UUID id, boolean archived) {
		long version = this.versions.current();
		Product product = find(id);
		boolean changed = product.isArchived() != archived;
		if (changed) {
			product.setArchived(archived, version, this.clock.instant());
		}
		return new ProductWrite(response(product), changed);
	}

	/**
	 * Records a stock adjustment of an existing product once; a replay answers the stored
	 * one.
	 */
	StockAdjustment adjustStock(RecordAdjustmentCommand command) {
		this.versions.current();
		find(command.productId());
		return this.inventory.recordAdjustment(command);
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
		return this.mapper.toResponse(product, this.inventory.onHand(product.getId()));
	}

}
