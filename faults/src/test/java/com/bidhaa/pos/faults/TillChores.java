package com.bidhaa.pos.faults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a till does besides selling, as mutations for its outbox: customers created on the
 * spot and edited (by every till on the push), and on a manager's till product edits,
 * some made on an old copy on purpose, and stock adjustments.
 */
final class TillChores {

	private static final String[] REASONS = { "received", "count", "damaged" };

	private final String prefix;

	private final Random random;

	private final LocalCatalogue catalogue;

	private final CustomerBook customers;

	private final List<UUID> editable;

	private final Set<UUID> editedBefore = ConcurrentHashMap.newKeySet();

	private final Set<UUID> unanswered = ConcurrentHashMap.newKeySet();

	private final Set<UUID> staleMade = ConcurrentHashMap.newKeySet();

	private int made;

	TillChores(String prefix, Random random, LocalCatalogue catalogue, CustomerBook customers, List<UUID> editable) {
		this.prefix = prefix;
		this.random = random;
		this.catalogue = catalogue;
		this.customers = customers;
		this.editable = List.copyOf(editable);
	}

	/** A new customer, named and with a phone, made at the counter. */
	CustomerEdit newCustomer() {
		int n = ++this.made;
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Customer %s-%d".formatted(this.prefix, n));
		fields.put("phone", phone(n));
		return new CustomerEdit(UUID.randomUUID(), this.customers.editTime(), fields, true);
	}

	/** One or two fields of a customer any till created, each to a value never used. */
	CustomerEdit editCustomer() {
		UUID customer = this.customers.pick(this.random);
		if (customer == null) {
			return null;
		}
		int n = ++this.made;
		List<String> fields = new ArrayList<>(List.of(CustomerEdit.FIELDS));
		java.util.Collections.shuffle(fields, this.random);
		Map<String, String> changed = new LinkedHashMap<>();
		for (String field : fields.subList(0, 1 + this.random.nextInt(2))) {
			changed.put(field, switch (field) {
				case "name" -> "Customer %s-%d".formatted(this.prefix, n);
				case "phone" -> phone(n);
				case "email" -> "%s.%d@duka.example".formatted(this.prefix.toLowerCase(java.util.Locale.ROOT), n);
				default -> "Note %d from %s".formatted(n, this.prefix);
			});
		}
		return new CustomerEdit(customer, this.customers.editTime(), changed, false);
	}

	/**
	 * A new price (never used before on this till) for one of the products this till
	 * edits, on the version it holds; or, made on the first copy it held, which the
	 * server must find stale: the first edit of a product after one of this till's edits
	 * of it was applied, and one in three later. A product whose last edit is still
	 * unanswered is left alone: an edit on the same copy would be stale too, and only the
	 * edits made stale on purpose may be.
	 */
	ProductEdit editProduct() {
		List<UUID> free = this.editable.stream()
			.filter((id) -> !this.unanswered.contains(id) && this.catalogue.all().containsKey(id))
			.toList();
		if (free.isEmpty()) {
			return null;
		}
		UUID id = free.get(this.random.nextInt(free.size()));
		LocalCatalogue.Product held = this.catalogue.all().get(id);
		this.unanswered.add(id);
		boolean stale = this.editedBefore.contains(id) && (this.staleMade.add(id) || this.random.nextInt(3) == 0);
		Map<String, Object> fields = new LinkedHashMap<>(held.details());
		int n = ++this.made;
		fields.put("unit_price", BigDecimal.valueOf(1000 + 10L * n).setScale(2));
		if (this.random.nextBoolean()) {
			fields.put("low_stock_threshold", BigDecimal.valueOf(n % 20));
		}
		return new ProductEdit(id, stale ? this.catalogue.firstVersion(id) : held.version(), fields, stale);
	}

	/** The server applied this till's edit of the product. */
	void edited(UUID product) {
		this.editedBefore.add(product);
		this.unanswered.remove(product);
	}

	/** Goods received, a count's difference, or goods written off. */
	StockChange adjustStock() {
		List<LocalCatalogue.Product> products = this.catalogue.sellable();
		if (products.isEmpty()) {
			return null;
		}
		UUID product = products.get(this.random.nextInt(products.size())).id();
		String reason = REASONS[this.random.nextInt(REASONS.length)];
		int size = 1 + this.random.nextInt(reason.equals("received") ? 40 : 5);
		int delta = switch (reason) {
			case "received" -> size;
			case "damaged" -> -size;
			default -> this.random.nextBoolean() ? size : -size;
		};
		return new StockChange(UUID.randomUUID(), product, BigDecimal.valueOf(delta), reason);
	}

	private String phone(int n) {
		return "+255 7%s %06d".formatted(this.prefix.substring(1), n);
	}

}
