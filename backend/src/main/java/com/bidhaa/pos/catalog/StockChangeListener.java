package com.bidhaa.pos.catalog;

import com.bidhaa.pos.inventory.StockChanged;
import com.bidhaa.pos.shared.ChangeVersions;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stamps products whose stock moved with the moving transaction's version, in that
 * transaction, so the product pull carries the new stock on hand and never misses it.
 */
@Component
class StockChangeListener {

	private final ProductRepository products;

	private final ChangeVersions versions;

	StockChangeListener(ProductRepository products, ChangeVersions versions) {
		this.products = products;
		this.versions = versions;
	}

	@EventListener
	void on(StockChanged event) {
		this.products.stockChanged(event.productIds(), this.versions.current());
	}

}
