package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.bidhaa.pos.catalog.CatalogApi;
import com.bidhaa.pos.catalog.StockAdjustArgs;
import com.bidhaa.pos.catalog.ProductWrite;

import org.springframework.stereotype.Component;

/**
 * {@code stock.adjust}: stock received, counted or written off on a device, recorded once
 * under the adjustment's id (managers and admins).
 */
@Component
class StockAdjustMutation implements MutationKind<StockAdjustArgs> {

	static final String NAME = "stock.adjust";

	private final CatalogApi catalog;

	StockAdjustMutation(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<StockAdjustArgs> argsType() {
		return StockAdjustArgs.class;
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
	public UUID recordId(StockAdjustArgs args) {
		return args.productId();
	}

	@Override
	public Applied apply(StockAdjustArgs args, Context context) {
		ProductWrite write = this.catalog.adjustStock(args, context.user().id());
		return new Applied(write.product(), write.changed(), List.of());
	}

	@Override
	public Optional<?> current(UUID recordId) {
		return this.catalog.find(recordId);
	}

}
