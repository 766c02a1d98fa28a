package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.catalog.CatalogApi;
import com.bidhaa.pos.catalog.ProductRefArgs;
import com.bidhaa.pos.catalog.ProductWrite;

import org.springframework.stereotype.Component;

/** {@code product.restore}: an archived product sold again (managers and admins). */
@Component
class ProductRestoreMutation implements MutationKind<ProductRefArgs> {

	static final String NAME = "product.restore";

	private final CatalogApi catalog;

	ProductRestoreMutation(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<ProductRefArgs> argsType() {
		return ProductRefArgs.class;
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
	public UUID recordId(ProductRefArgs args) {
		return args.id();
	}

	@Override
	public Applied apply(ProductRefArgs args, Context context) {
		ProductWrite write = this.catalog.setArchived(args, false);
		return new Applied(write.product(), write.changed(), List.of());
	}

	@Override
	public Optional<?> current(UUID recordId) {
		return this.catalog.find(recordId);
	}

}
