package com.bidhaa.pos.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.inventory.StockAdjustment;

import org.springframework.stereotype.Component;

/**
 * What other modules may do with the catalogue: price sale lines, pull changes, and apply
 * a device's product and stock mutations.
 */
@Component
public class CatalogApi {

	private final ProductService service;

	private final ProductQueries queries;

	CatalogApi(ProductService service, ProductQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	/** The products with these ids that exist, archived or not, by id. */
	public Map<UUID, CatalogProduct> findAll(Collection<UUID> ids) {
		return this.queries.findAll(ids);
	}

	/** Up to {@code limit} products changed after the row (version, id), with stock. */
	public List<ProductSyncRecord> changedAfter(long version, UUID id, int limit) {
		return this.queries.changedAfter(version, id, limit);
	}

	/** The product with its stock, if it exists. */
	public Optional<ProductResponse> find(UUID id) {
		return this.queries.find(id);
	}

	/** Applies product.create. */
	public ProductWrite create(ProductCreateArgs args) {
		return this.service.create(args.request());
	}

	/** Applies product.update. */
	public ProductWrite update(ProductUpdateArgs args) {
		return this.service.edit(args.id(), args.baseVersion(), args.request());
	}

	/** Applies product.archive ({@code true}) or product.restore. */
	public ProductWrite setArchived(ProductRefArgs args, boolean archived) {
		return this.service.setArchived(args.id(), archived);
	}

	/**
	 * Applies stock.adjust; the product is answered with its new stock. A product the
	 * server never knew is unknown-product, as in a sale.
	 */
	public ProductWrite adjustStock(StockAdjustArgs args, UUID userId) {
		if (this.queries.find(args.productId()).isEmpty()) {
			throw ProductExceptions.unknownProduct(args.productId());
		}
		StockAdjustment adjustment = this.service.adjustStock(args.command(userId));
		return new ProductWrite(this.queries.get(args.productId()), adjustment.created());
	}

}
