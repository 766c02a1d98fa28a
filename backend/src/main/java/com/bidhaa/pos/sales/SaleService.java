package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.bidhaa.pos.catalog.CatalogApi;
import com.bidhaa.pos.catalog.CatalogProduct;
import com.bidhaa.pos.customers.CustomersApi;
import com.bidhaa.pos.inventory.InventoryApi;
import com.bidhaa.pos.inventory.SaleMovement;
import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.Money;
import com.bidhaa.pos.shared.ShopProperties;
import com.bidhaa.pos.users.UserAccount;
import com.bidhaa.pos.users.UsersApi;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sales exactly once: the sale, its lines, the stock it moved and what did not
 * match commit in one transaction, whichever endpoint the sale arrived by.
 */
@Service
@Transactional
class SaleService {

	private final SaleRepository sales;

	private final CatalogApi catalog;

	private final CustomersApi customers;

	private final InventoryApi inventory;

	private final UsersApi users;

	private final ChangeVersions versions;

	private final ApplicationEventPublisher events;

	private final ShopProperties shop;

	private final SaleMapper mapper;

	private final Clock clock;

	SaleService(SaleRepository sales, CatalogApi catalog, CustomersApi customers, InventoryApi inventory,
			UsersApi users, ChangeVersions versions, ApplicationEventPublisher events, ShopProperties shop,
			SaleMapper mapper, Clock clock) {
		this.sales = sales;
		this.mapper = mapper;
		this.catalog = catalog;
		this.customers = customers;
		this.inventory = inventory;
		this.users = users;
		this.versions = versions;
		this.events = events;
		this.shop = shop;
		this.clock = clock;
	}

	/**
	 * Records a sale once. A replay of the same content answers the stored sale; other
	 * content under a used id is refused with id-conflict and the stored sale is left as
	 * it was. The device, when named, must be registered.
	 */
	RecordedSale recordSale(RecordSaleCommand command) {
		// 1: take the change version first: it orders writers, so the replay check below
		// sees every commit.
		long version = this.versions.current();
		// 2: a replay answers the stored sale; a different sale under its id is refused.
		String fingerprint = SaleFingerprint.of(command);
		Optional<Sale> stored = this.sales.findById(command.id());
		if (stored.isPresent()) {
			if (!stored.get().getRequestHash().equals(fingerprint)) {
				throw SaleExceptions.idConflict(command.id());
			}
			return new RecordedSale(this.mapper.toResponse(stored.get()), false, List.of());
		}
		// 3: refuse only what cannot be recorded: products and customers the server never
		// knew.
		Map<UUID, CatalogProduct> products = products(command);
		if (command.customerId() != null && !this.customers.exists(command.customerId())) {
			throw SaleExceptions.unknownCustomer(command.customerId());
		}
		// 4: name the cashier as they are named now (a later rename changes no sale) and
		// price the lines (at the price charged; archived products and negative stock are
		// accepted).
		Sale sale = new Sale(command, saleNumber(command), cashierName(command.cashierId()),
				this.shop.currency().getCurrencyCode(), fingerprint, version, this.clock.instant());
		for (RecordSaleCommand.Item item : command.items()) {
			CatalogProduct product = products.get(item.productId());
			BigDecimal price = (item.unitPrice() != null) ? item.unitPrice() : product.unitPrice();
			sale.addLine(product.id(), product.name(), product.sku(), item.quantity(), price);
		}
		sale.applyDiscount((command.discount() != null) ? command.discount() : BigDecimal.ZERO);
		// 5: the sale and its stock movements commit together.
		this.sales.saveAndFlush(sale);
		this.inventory.recordSale(sale.getId(),
				command.items().stream().map((item) -> new SaleMovement(item.productId(), item.quantity())).toList(),
				command.cashierId());
		// 6: tell what did not match, and have it recorded in this transaction; the sale
		// stands as recorded.
		List<SaleConflict> conflicts = conflicts(command, sale, products);
		if (!conflicts.isEmpty()) {
			this.events.publishEvent(new SaleConflictsFound(sale.getId(), command.deviceId(), conflicts));
		}
		return new RecordedSale(this.mapper.toResponse(sale), true, conflicts);
	}

	private List<SaleConflict> conflicts(RecordSaleCommand command, Sale sale, Map<UUID, CatalogProduct> products) {
		List<SaleConflict> conflicts = new ArrayList<>();
		for (RecordSaleCommand.Item item : command.items()) {
			CatalogProduct product = products.get(item.productId());
			if (product.archived()) {
				conflicts.add(SaleConflict.archivedProduct(product.id()));
			}
			if (item.unitPrice() != null && !Money.same(item.unitPrice(), product.unitPrice())) {
				conflicts
					.add(SaleConflict.priceMismatch(product.id(), Money.of(item.unitPrice()), product.unitPrice()));
			}
		}
		if (command.totalAmount() != null && !Money.same(command.totalAmount(), sale.getTotalAmount())) {
			conflicts.add(SaleConflict.totalMismatch(Money.of(command.totalAmount()), sale.getTotalAmount()));
		}
		this.inventory.onHand(products.keySet()).forEach((productId, stock) -> {
			if (stock.signum() < 0) {
				conflicts.add(SaleConflict.oversold(productId, stock));
			}
		});
		return conflicts;
	}

	private Map<UUID, CatalogProduct> products(RecordSaleCommand command) {
		Set<UUID> ids = new LinkedHashSet<>();
		command.items().forEach((item) -> ids.add(item.productId()));
		Map<UUID, CatalogProduct> products = this.catalog.findAll(ids);
		ids.removeAll(products.keySet());
		if (!ids.isEmpty()) {
			throw SaleExceptions.unknownProducts(ids);
		}
		return products;
	}

	private String cashierName(UUID cashierId) {
		return this.users.findById(cashierId)
			.map(UserAccount::displayName)
			.orElseThrow(() -> new IllegalStateException("No user " + cashierId + " to record a sale for"));
	}

	private static String saleNumber(RecordSaleCommand command) {
		if (command.saleNumber() != null && !command.saleNumber().isBlank()) {
			return command.saleNumber().trim();
		}
		return "API-" + command.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
