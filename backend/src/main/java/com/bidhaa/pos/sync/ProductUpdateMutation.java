package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.catalog.CatalogApi;
import com.bidhaa.pos.catalog.ProductUpdateArgs;
import com.bidhaa.pos.catalog.ProductWrite;

import org.springframework.stereotype.Component;

/**
 * {@code product.update}: a product edited on a device, on the version it had (managers
 * and admins).
 */
@Component
class ProductUpdateMutation implements MutationKind<ProductUpdateArgs> {

	static final String NAME = "product.update";

	private final CatalogApi catalog;

	ProductUpdateMutation(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<ProductUpdateArgs> argsType() {
		return ProductUpdateArgs.class;
	}

	@Override
	public boolean managersOnly() {
		return true;
	}

	@Override
	public String collection() {
		return "products";
	}

	@Override
	public UUID recordId(ProductUpdateArgs args) {
		return args.id();
	}

	@Override
	public Applied apply(ProductUpdateArgs args, Context context) {
		ProductWrite write = this.catalog.update(args);
		return new Applied(write.product(), write.changed(), List.of());
	}

	@Override
	public Optional<?> current(UUID recordId) {
		return this.catalog.find(recordId);
	}

}
