package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.catalog.CatalogApi;
import com.bidhaa.pos.catalog.ProductCreateArgs;
import com.bidhaa.pos.catalog.ProductWrite;

import org.springframework.stereotype.Component;

/**
 * {@code product.create}: a product made on a device under its own id (managers and
 * admins).
 */
@Component
class ProductCreateMutation implements MutationKind<ProductCreateArgs> {

	static final String NAME = "product.create";

	private final CatalogApi catalog;

	ProductCreateMutation(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<ProductCreateArgs> argsType() {
		return ProductCreateArgs.class;
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
	public UUID recordId(ProductCreateArgs args) {
		return args.id();
	}

	@Override
	public Applied apply(ProductCreateArgs args, Context context) {
		ProductWrite write = this.catalog.create(args);
		return new Applied(write.product(), write.changed(), List.of());
	}

	@Override
	public Optional<?> current(UUID recordId) {
		return this.catalog.find(recordId);
	}

}
